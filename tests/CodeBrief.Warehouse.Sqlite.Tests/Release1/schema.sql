-- The warehouse schema of the first release (commit 3de1cec: Schema/evidence.sql, reference.sql, rates.sql), kept as the
-- layout an existing user's warehouse has, so the upgrade to the current version is tested on the real thing.
-- CodeBrief warehouse: evidence about how codes are used and billed (see Ingest/MedicareUtilization, SpecialtyTaxonomy,
-- LcdArticle, DiagnosisCrosswalk). Same rules as reference.sql: every row carries source_id (-> sources.id) and the
-- 1-based line it came from; decimals are invariant TEXT; codes upper case; ICD-10-CM codes without their dot.

CREATE TABLE IF NOT EXISTS medicare_util_geo (  -- Medicare Physician & Other Practitioners by Geography and Service; data year = sources.version
  geo_level TEXT NOT NULL,                   -- National | State
  geo_code TEXT, geo_desc TEXT, code TEXT NOT NULL, description TEXT, drug_ind TEXT,
  place_of_service TEXT NOT NULL,            -- F facility | O office (non-facility)
  providers TEXT, beneficiaries TEXT, services TEXT NOT NULL, bene_day_services TEXT,
  avg_submitted_charge TEXT, avg_allowed TEXT NOT NULL, avg_payment TEXT, avg_standardized TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_util_geo_code ON medicare_util_geo(code);

CREATE TABLE IF NOT EXISTS medicare_util_provider (  -- by Provider and Service, narrowed to what provider-type queries need
  npi TEXT NOT NULL, provider_type TEXT NOT NULL, code TEXT NOT NULL, place_of_service TEXT NOT NULL,
  beneficiaries TEXT, services TEXT NOT NULL, avg_allowed TEXT NOT NULL,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_util_prov_code ON medicare_util_provider(code);

CREATE TABLE IF NOT EXISTS specialty_taxonomy (  -- CMS Medicare Provider and Supplier Taxonomy Crosswalk
  specialty_code TEXT,                       -- 01, A0, C3; NULL for provider/supplier types without one
  specialty_desc TEXT, taxonomy_code TEXT, taxonomy_desc TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_spec_tax_code ON specialty_taxonomy(taxonomy_code);

CREATE TABLE IF NOT EXISTS lcd_article_icd10 (  -- MCD current_article: article_x_icd10_covered
  article_id TEXT NOT NULL, article_version TEXT NOT NULL, icd10_code TEXT NOT NULL, icd10_code_version TEXT,
  covered_group TEXT, range TEXT, sort_order TEXT, description TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_lcd_icd_article ON lcd_article_icd10(article_id, article_version);

CREATE TABLE IF NOT EXISTS lcd_article_hcpc (   -- MCD current_article: article_x_hcpc_code
  article_id TEXT NOT NULL, article_version TEXT NOT NULL, code TEXT NOT NULL, code_group TEXT, range TEXT,
  long_description TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_lcd_hcpc_code ON lcd_article_hcpc(code);

CREATE TABLE IF NOT EXISTS diagnosis_crosswalk (  -- user-supplied code,icd10_code[,note]
  code TEXT NOT NULL, icd10_code TEXT NOT NULL, note TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_dx_xwalk_code ON diagnosis_crosswalk(code);
-- CodeBrief warehouse: reference data. One table per dataset; every row carries its source (sources.id) and the
-- 1-based line or sheet row it came from, so each fact in a brief traces to (file, version, row).
-- Decimal quantities (money, RVUs, GPCIs) are stored as TEXT in invariant culture ('24.11') so they stay exact;
-- read them with GetDecimal. Codes are stored upper case; ICD-10-CM codes without their dot.
-- Only rows of the current version of each dataset stay in the data tables; `sources` keeps every version loaded.

CREATE TABLE IF NOT EXISTS sources (
  id            INTEGER PRIMARY KEY,
  dataset       TEXT NOT NULL,          -- catalogue id: nucc, icd10cm, hcpcs, clfs, pfs-rvu, pfs-gpci, pfs-locality, pfs-anes, pfs-opps-cap, zip-locality, ncci-aoc, ncci-ptp, ncci-mue, tic-*
  publisher     TEXT NOT NULL,
  file_name     TEXT NOT NULL,
  version       TEXT NOT NULL,          -- publisher's version or effective date, e.g. 2025Q2V1, RVU25D, FY2026, 25.1
  sha256        TEXT NOT NULL,
  rows_loaded   INTEGER NOT NULL,
  rows_rejected INTEGER NOT NULL,
  loaded_at     TEXT NOT NULL,          -- ISO-8601 UTC
  status        TEXT NOT NULL,          -- current | superseded
  is_synthetic  INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_sources_sha ON sources(dataset, sha256);

CREATE TABLE IF NOT EXISTS hcpcs_codes (      -- HCPCS Level II ANWEB, RECID 3
  code TEXT NOT NULL, long_desc TEXT, short_desc TEXT,
  price_ind TEXT, mult_pi TEXT, coverage TEXT, betos TEXT, tos TEXT, lab_cert TEXT, xref TEXT, statute TEXT,
  add_date TEXT, eff_date TEXT, term_date TEXT, action_cd TEXT,   -- dates YYYYMMDD
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_hcpcs_code ON hcpcs_codes(code);

CREATE TABLE IF NOT EXISTS modifiers (        -- HCPCS Level II ANWEB, RECID 7 (Level II modifiers only; CPT modifiers are AMA text)
  code TEXT NOT NULL, long_desc TEXT, short_desc TEXT, add_date TEXT, eff_date TEXT, term_date TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_modifiers_code ON modifiers(code);

CREATE TABLE IF NOT EXISTS icd10cm (          -- CDC codes file: billable codes
  code TEXT NOT NULL, description TEXT NOT NULL, billable INTEGER NOT NULL,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_icd_code ON icd10cm(code);

CREATE TABLE IF NOT EXISTS nucc_taxonomy (
  code TEXT NOT NULL, grouping TEXT, classification TEXT, specialization TEXT, definition TEXT, notes TEXT,
  display_name TEXT, section TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_nucc_code ON nucc_taxonomy(code);

CREATE TABLE IF NOT EXISTS clfs (
  code TEXT NOT NULL, modifier TEXT NOT NULL DEFAULT '', year TEXT, eff_date TEXT, indicator TEXT,
  rate TEXT,                                 -- national limit, dollars; NULL when indicator = L (no national amount)
  short_desc TEXT, long_desc TEXT, extended_desc TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_clfs_code ON clfs(code);

CREATE TABLE IF NOT EXISTS pfs_rvu (
  code TEXT NOT NULL, modifier TEXT NOT NULL DEFAULT '', description TEXT, status TEXT, not_used_for_medicare TEXT,
  work_rvu TEXT, nf_pe_rvu TEXT, nf_na_ind TEXT, f_pe_rvu TEXT, f_na_ind TEXT, mp_rvu TEXT,
  nf_total TEXT, f_total TEXT, pctc_ind TEXT, glob_days TEXT, pre_op TEXT, intra_op TEXT, post_op TEXT,
  mult_proc TEXT, bilat_surg TEXT, asst_surg TEXT, co_surg TEXT, team_surg TEXT, endo_base TEXT,
  conv_factor TEXT, phys_supervision TEXT, calc_flag TEXT, diag_imaging_family TEXT,
  nf_pe_opps TEXT, f_pe_opps TEXT, mp_opps TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_pfs_code ON pfs_rvu(code);

CREATE TABLE IF NOT EXISTS pfs_gpci (          -- mac and locality zero-padded (02102, 01)
  mac TEXT NOT NULL, state TEXT, locality TEXT NOT NULL, locality_name TEXT, pw_gpci TEXT, pe_gpci TEXT, mp_gpci TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS pfs_locality_counties (  -- mac and locality normalised to the GPCI padding
  mac TEXT NOT NULL, locality TEXT NOT NULL, state TEXT, fee_schedule_area TEXT, counties TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS pfs_anesthesia_cf (
  mac TEXT NOT NULL, locality TEXT NOT NULL, locality_name TEXT, anes_cf TEXT, national_cf TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS pfs_opps_cap (
  code TEXT NOT NULL, modifier TEXT NOT NULL DEFAULT '', proc_status TEXT, mac TEXT, locality TEXT,
  facility_price TEXT, nonfacility_price TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_oppscap_code ON pfs_opps_cap(code);

CREATE TABLE IF NOT EXISTS zip_locality (
  zip TEXT NOT NULL, state TEXT, mac TEXT, locality TEXT, rural_ind TEXT, lab_cb_locality TEXT, plus4_flag TEXT,
  year_quarter TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_zip ON zip_locality(zip);

CREATE TABLE IF NOT EXISTS ncci_addon (       -- dates converted from Julian YYYYDDD to ISO YYYY-MM-DD; NULL = none
  addon_code TEXT NOT NULL, primary_code TEXT NOT NULL, edit_type TEXT NOT NULL,
  addon_del_date TEXT, primary_del_date TEXT, eff_date TEXT, del_date TEXT, notes TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_aoc_addon ON ncci_addon(addon_code);
CREATE INDEX IF NOT EXISTS ix_aoc_primary ON ncci_addon(primary_code);

CREATE TABLE IF NOT EXISTS ncci_ptp (         -- procedure-to-procedure edits; setting = practitioner | hospital
  column1 TEXT NOT NULL, column2 TEXT NOT NULL, setting TEXT NOT NULL, prior_1996 TEXT,
  eff_date TEXT, del_date TEXT, modifier_ind TEXT, rationale TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_ptp_c1 ON ncci_ptp(column1);
CREATE INDEX IF NOT EXISTS ix_ptp_c2 ON ncci_ptp(column2);

CREATE TABLE IF NOT EXISTS ncci_mue (         -- setting = practitioner | hospital | dme
  code TEXT NOT NULL, setting TEXT NOT NULL, mue_value INTEGER, adjudication_ind TEXT, rationale TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_mue_code ON ncci_mue(code);
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
