// Recommendations by their words stemmed as English (Lucene's EnglishAnalyzer), to find the recommendations of
// other inspections that ask for the same thing (cypher/loader/26_similar_recommendations.cypher). Updated after
// commit, as search_text is; the importer waits for it before it compares a document's recommendations.
CREATE FULLTEXT INDEX recommendation_similar IF NOT EXISTS FOR (n:Recommendation) ON EACH [n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: true}};
