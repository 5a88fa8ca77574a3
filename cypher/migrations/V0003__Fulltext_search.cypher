// Full-text search over recommendations, actions and findings (search(text:)); the standard analyzer.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Recommendation|Action|Finding) ON EACH [n.text];
