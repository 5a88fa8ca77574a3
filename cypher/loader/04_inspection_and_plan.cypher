// An action plan's inspection, the plan and its dated revisions.
MERGE (i:Inspection {id: $inspection.id})
SET i.title = $inspection.title, i.keys = $inspection.keys, i.citationWords = $inspection.citationWords, i.publishedOn = $inspection.publishedOn,
    i.inspectorate = 'HM Inspectorate of Probation', i.document = $file, i.line = $inspection.line,
    i.location = $inspection.location
MERGE (p:ActionPlan {id: $plan.id})
SET p.title = $plan.title, p.submittedOn = $plan.submittedOn, p.document = $file, p.line = $plan.line,
    p.location = $plan.location
MERGE (p)-[:RESPONDS_TO]->(i)
WITH p
UNWIND $revisions AS r
MERGE (v:Revision {id: r.id})
SET v.label = r.label, v.key = r.key, v.date = r.date, v.ordinal = r.ordinal, v.document = $file, v.line = r.line,
    v.location = r.location
MERGE (p)-[:HAS_REVISION]->(v)
RETURN count(v) AS revisions
