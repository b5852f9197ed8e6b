-- CodeBrief warehouse: one row saying which schema version the tables follow and how many loads have committed.
-- schema_version changes with every change to the tables; opening an older warehouse read-write migrates it in one
-- transaction. data_version grows with every committed load, so a long-running reader (serve) knows its view is stale.
CREATE TABLE IF NOT EXISTS warehouse_info (
  schema_version INTEGER NOT NULL,
  data_version   INTEGER NOT NULL
);
