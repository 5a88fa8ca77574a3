// Superseded commitments by chain and by recommendation (cypher/loader/24_chain_promises, Recommendation.timeline),
// and actions by chain (Action.slippage is the same on every action of one chain).
CREATE INDEX promise_chain IF NOT EXISTS FOR (p:Promise) ON (p.chain);
CREATE INDEX promise_recommendation IF NOT EXISTS FOR (p:Promise) ON (p.recommendation);
CREATE INDEX action_chain IF NOT EXISTS FOR (a:Action) ON (a.chain);
