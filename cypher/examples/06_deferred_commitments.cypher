// Commitments whose due date was pushed back: from which date to which, by how many days, and the reason the
// update gave (none: deferred without saying why). One row per commitment (docs/delivery.md).
MATCH (i:Inspection)-[:HAS_RECOMMENDATION]->(r:Recommendation)-[:HAS_ACTION]->(a:Action)
WHERE a.deferrals > 0
WITH i, r, a.chain AS chain, collect(a)[0] AS a
RETURN i.id AS inspection, r.number AS recommendation, a.firstDueOn AS firstDue, a.latestDueOn AS latestDue,
       a.daysDeferred AS days, a.unexplainedDeferrals = 0 AS explained, a.reasons AS reasons
ORDER BY days DESC, inspection, recommendation;
