// The superseded entries (commitments an import replaced) of the commitment chains $chains.
UNWIND $chains AS chain
MATCH (p:Promise {chain: chain})
RETURN p.chain AS chain, p.kind AS kind, p.madeOn AS madeOn, p.ordinal AS ordinal, p.label AS label, p.text AS text,
       p.targetText AS targetText, p.dueOn AS dueOn, p.status AS status, coalesce(p.generation, 0) AS generation
