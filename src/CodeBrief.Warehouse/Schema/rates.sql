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

-- Rates are stored narrow: each distinct combination of the low-cardinality columns (code, type, modifiers, class, setting,
-- place-of-service set, negotiated type, expiration, arrangement) is one tic_rate_dims row, so a rate row is three integers
-- and the rate. The view tic_rates below joins them back into one readable row per rate; query the view.
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

CREATE TABLE IF NOT EXISTS tic_rate_rows (
  source_id          INTEGER NOT NULL,
  dims_id            INTEGER NOT NULL,          -- tic_rate_dims.dims_id within the source
  group_set_id       INTEGER NOT NULL,          -- tic_group_sets.set_id within the source
  rate               TEXT NOT NULL,             -- dollars, or whole-number percent when negotiated_type = percentage
  row                INTEGER NOT NULL,          -- 0-based in_network item index of the first occurrence
  dup_count          INTEGER NOT NULL DEFAULT 1, -- identical rows collapsed into this one
  -- The narrow key does both jobs: it collapses duplicates (ON CONFLICT … dup_count + 1) and, led by (source_id, dims_id),
  -- serves lookups by code through tic_rate_dims. WITHOUT ROWID keeps rows in the key's B-tree: one tree to update per
  -- rate instead of a table plus an index.
  PRIMARY KEY (source_id, dims_id, group_set_id, rate)
) WITHOUT ROWID;

CREATE VIEW IF NOT EXISTS tic_rates AS
  SELECT r.source_id, r.row, d.billing_code, d.billing_code_type, d.billing_code_type_version, d.modifiers, d.billing_class, d.setting,
         d.pos_set, d.negotiated_type, r.rate, d.expiration, d.arrangement, r.group_set_id, r.dup_count
  FROM tic_rate_rows r JOIN tic_rate_dims d ON d.source_id = r.source_id AND d.dims_id = r.dims_id;

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
