// Keeps what a changed document superseded: each replaced action as a Promise of its commitment chain (what was
// promised, when), and moves the promises of chains that the new version joins to the chain that goes on.
CALL () {
  UNWIND $moves AS move
  MATCH (p:Promise {chain: move.from})
  SET p.chain = move.to
}
CALL () {
  UNWIND $promises AS promise
  CREATE (p:Promise)
  SET p = promise
}
RETURN 1 AS done
