// A changed document replaces its old facts: everything it wrote goes, shared nodes (owners, vocabulary,
// inspections another document describes) stay.
MATCH (n {document: $file})
WHERE n:ActionPlan OR n:Revision OR n:Recommendation OR n:Action OR n:Finding OR n:Statistic
DETACH DELETE n
