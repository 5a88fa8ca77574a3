// The graph changed: a new version (in the importing transaction, so readers see the data and the version
// together). The epoch, set once per store, keeps versions of two stores apart.
MERGE (g:GraphVersion {id: 'graph'})
  ON CREATE SET g.epoch = left(randomUUID(), 8), g.version = 0
SET g.version = g.version + 1, g.changedAt = datetime()
RETURN g.epoch + '-' + g.version AS version
