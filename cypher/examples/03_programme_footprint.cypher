// Everything a programme touches: recommendations naming it, or whose actions name it or are owned by its roles
// (the importer derives that rule once, as IN_PROGRAMME: cypher/loader/22_programme_membership.cypher).
MATCH (p:Programme) WHERE 'emexpansion' IN p.keys
MATCH (r:Recommendation)-[:IN_PROGRAMME]->(p)
RETURN r.inspectionId AS inspection, r.number AS number, r.progress AS progress
ORDER BY inspection, number;
