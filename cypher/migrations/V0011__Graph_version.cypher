// One node holds the graph's version, bumped by every import that changes a document: HTTP caches revalidate
// against it (ETag). Unique, so that concurrent imports MERGE the same node.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
// Change sets between imports, listed by time (`changes(since:)`).
CREATE INDEX change_set_at IF NOT EXISTS FOR (n:ChangeSet) ON (n.at);
