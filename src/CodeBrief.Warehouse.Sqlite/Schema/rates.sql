-- CodeBrief warehouse: payer price-transparency (Transparency in Coverage) rates.
-- One sources row per loaded file (dataset tic-in-network / tic-allowed-amounts, is_synthetic set for `codebrief synth` files);
-- everything else hangs off sources.id. A file is written in one transaction, so it is present wholly or not at all.
-- Rates are exact decimal TEXT in invariant culture ('763.83'); read them with GetDecimal.

CREATE TABLE IF NOT EXISTS tic_files (
  source_id             INTEGER PRIMARY KEY,  -- sources.id
  kind                  TEXT NOT NULL,        -- in-network | allowed-amounts
  payer                 TEXT NOT NULL,        -- --payer, else reporting_entity_name
  reporting_entity_name TEXT, reporting_entity_type TEXT, issuer_name TEXT,
  plan_name TEXT, plan_id_type TEXT, plan_id TEXT, plan_sponsor_name TEXT, plan_market_type TEXT,
  plan_label            TEXT,                 -- --plan, else plan_name; NULL for multi-plan files
  last_updated_on       TEXT, schema_version TEXT,
  code_filter           TEXT NOT NULL DEFAULT '',  -- codes kept, comma-joined; '' = all
  items INTEGER NOT NULL, items_skipped INTEGER NOT NULL, negotiated_rates INTEGER NOT NULL, negotiated_prices INTEGER NOT NULL,
  rows_stored INTEGER NOT NULL, duplicates_collapsed INTEGER NOT NULL,
  provider_references INTEGER NOT NULL, remote_references_unresolved INTEGER NOT NULL,
  groups_referenced INTEGER NOT NULL, groups_unresolved INTEGER NOT NULL,
  oddities              TEXT NOT NULL DEFAULT '',  -- 'Name=count;…' (TicOddity names)
  decompressed_bytes    INTEGER NOT NULL,
  is_synthetic          INTEGER NOT NULL DEFAULT 0);

-- Rates are stored packed. Each distinct combination of the low-cardinality columns (code, type, modifiers, class, setting,
-- place-of-service set, negotiated type, expiration, arrangement) is one tic_rate_dims row, and the rates of one combination
-- are a few tic_rate_blocks rows, each a JSON array of entries. One SQLite row per block instead of per rate is what lets a
-- file of millions of rates be stored at parsing speed. Identical rates are collapsed across the whole file before
-- storing (dup_count), so no two entries of one dims_id are equal.
-- The view tic_rates unpacks the blocks into one readable row per rate; query the view.
CREATE TABLE IF NOT EXISTS tic_rate_dims (
  source_id          INTEGER NOT NULL,
  dims_id            INTEGER NOT NULL,          -- 1-based within the source
  billing_code       TEXT NOT NULL,             -- upper case, one code per row (multi-code strings are split)
  billing_code_type  TEXT NOT NULL,
  billing_code_type_version TEXT,             -- as first seen for this combination (not part of the duplicate key)
  modifiers          TEXT NOT NULL DEFAULT '',  -- sorted, comma-joined
  billing_class      TEXT NOT NULL,             -- professional | institutional | both
  setting            TEXT NOT NULL DEFAULT '',  -- 2.x inpatient | outpatient | both; '' in 1.x
  pos_set            TEXT NOT NULL DEFAULT '',  -- place-of-service codes, sorted, comma-joined
  negotiated_type    TEXT NOT NULL,             -- negotiated | derived | fee schedule | percentage | per diem
  expiration         TEXT NOT NULL DEFAULT '',  -- ISO date; 9999-12-31 = none; '' = missing/placeholder
  arrangement        TEXT NOT NULL,             -- ffs | bundle | capitation (only ffs enters fee-for-service statistics)
  PRIMARY KEY (source_id, dims_id));
CREATE INDEX IF NOT EXISTS ix_tic_rate_dims_code ON tic_rate_dims(billing_code, source_id);

CREATE TABLE IF NOT EXISTS tic_rate_blocks (
  source_id          INTEGER NOT NULL,
  dims_id            INTEGER NOT NULL,          -- tic_rate_dims.dims_id within the source
  block              INTEGER NOT NULL,          -- 0-based within the dims_id
  row                INTEGER NOT NULL,          -- 0-based in_network item index of the entries that do not give their own
  rate_count         INTEGER NOT NULL,          -- entries in rates
  -- JSON array of entries [group_set_id, "rate"] or [group_set_id, "rate", row, dup_count]: group_set_id is
  -- tic_group_sets.set_id within the source; rate is dollars, or whole-number percent when negotiated_type = percentage,
  -- as exact decimal text; row is the 0-based in_network item index of the first occurrence (the block's row when left
  -- out); dup_count counts the identical rates collapsed into the entry (1 when left out).
  rates              TEXT NOT NULL,
  PRIMARY KEY (source_id, dims_id, block));

CREATE VIEW IF NOT EXISTS tic_rates AS
  SELECT b.source_id, COALESCE(e.value ->> 2, b.row) AS row, d.billing_code, d.billing_code_type, d.billing_code_type_version, d.modifiers, d.billing_class,
         d.setting, d.pos_set, d.negotiated_type, e.value ->> 1 AS rate, d.expiration, d.arrangement, e.value ->> 0 AS group_set_id,
         COALESCE(e.value ->> 3, 1) AS dup_count
  FROM tic_rate_dims d JOIN tic_rate_blocks b ON b.source_id = d.source_id AND b.dims_id = d.dims_id, json_each(b.rates) e;

CREATE TABLE IF NOT EXISTS tic_group_sets (   -- which provider groups a rate applies to
  source_id INTEGER NOT NULL, set_id INTEGER NOT NULL, group_id TEXT NOT NULL,
  PRIMARY KEY (source_id, set_id, group_id));

CREATE TABLE IF NOT EXISTS tic_provider_groups ( -- resolved groups only; one row per NPI (npi NULL for TIN-only groups)
  source_id INTEGER NOT NULL, group_id TEXT NOT NULL, network_names TEXT,
  tin_type TEXT, tin_value TEXT, business_name TEXT, npi TEXT);
CREATE INDEX IF NOT EXISTS ix_tic_groups ON tic_provider_groups(source_id, group_id);

CREATE TABLE IF NOT EXISTS tic_allowed_amounts (
  source_id INTEGER NOT NULL, row INTEGER NOT NULL,
  billing_code TEXT NOT NULL, billing_code_type TEXT NOT NULL, tin_type TEXT, tin_value TEXT,
  pos_set TEXT NOT NULL DEFAULT '', billing_class TEXT, setting TEXT, allowed_amount TEXT NOT NULL,
  modifiers TEXT NOT NULL DEFAULT '', billed_charge TEXT, npis TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS ix_tic_allowed_code ON tic_allowed_amounts(billing_code);
