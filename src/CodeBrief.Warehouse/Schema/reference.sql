-- CodeBrief warehouse: reference data. One table per dataset; every row carries its source (sources.id) and the
-- 1-based line or sheet row it came from, so each fact in a brief traces to (file, version, row).
-- Decimal quantities (money, RVUs, GPCIs) are stored as TEXT in invariant culture ('24.11') so they stay exact;
-- read them with GetDecimal. Codes are stored upper case; ICD-10-CM codes without their dot.
-- The data tables hold the rows of the current and the previous version of each dataset (reads join `sources` on status);
-- `sources` keeps every version loaded.

CREATE TABLE IF NOT EXISTS sources (
  id            INTEGER PRIMARY KEY,
  dataset       TEXT NOT NULL,          -- catalogue id: nucc, icd10cm, hcpcs, clfs, pfs-rvu, pfs-gpci, pfs-locality, pfs-anes, pfs-opps-cap, zip-locality, dmepos, dmepos-rural-zip, ncci-aoc, ncci-ptp, ncci-mue, tic-*
  publisher     TEXT NOT NULL,
  file_name     TEXT NOT NULL,
  version       TEXT NOT NULL,          -- publisher's version or effective date, e.g. 2025Q2V1, RVU25D, FY2026, 25.1
  sha256        TEXT NOT NULL,
  rows_loaded   INTEGER NOT NULL,
  rows_rejected INTEGER NOT NULL,
  loaded_at     TEXT NOT NULL,          -- ISO-8601 UTC
  status        TEXT NOT NULL,          -- current | previous (rows kept, for `changes`) | superseded (rows deleted)
  is_synthetic  INTEGER NOT NULL DEFAULT 0,
  effective_date TEXT                   -- YYYY-MM-DD the version takes effect, when the file says; orders versions
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

CREATE TABLE IF NOT EXISTS dmepos_fee (       -- one row per fee schedule line and state; fees in dollars, 0 = no fee
  code TEXT NOT NULL, modifier TEXT NOT NULL DEFAULT '', modifier2 TEXT NOT NULL DEFAULT '', juris TEXT, category TEXT,
  ceiling_fee TEXT, floor_fee TEXT, state TEXT NOT NULL, fee_nonrural TEXT, fee_rural TEXT, description TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_dmepos_code ON dmepos_fee(code);

CREATE TABLE IF NOT EXISTS dmepos_rural_zip (  -- zip zero-padded to 5 digits; location RURAL or a former competitive bidding area
  zip TEXT NOT NULL, state TEXT, year_quarter TEXT, location TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_dmepos_rural_zip ON dmepos_rural_zip(zip);

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

CREATE TABLE IF NOT EXISTS anes_base_units (  -- CMS anesthesia base units by CPT code (00100-01999)
  code TEXT NOT NULL, base_units TEXT NOT NULL,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_anes_bu_code ON anes_base_units(code);

CREATE TABLE IF NOT EXISTS opps_rates (       -- OPPS Addendum B; amounts in dollars, NULL when blank (packaged, not payable)
  code TEXT NOT NULL, status_ind TEXT NOT NULL, apc TEXT, rel_weight TEXT, payment_rate TEXT, natl_copay TEXT, min_copay TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_opps_code ON opps_rates(code);

CREATE TABLE IF NOT EXISTS asc_rates (        -- ASC Addenda AA and BB (addendum = AA | BB)
  code TEXT NOT NULL, addendum TEXT NOT NULL, mult_proc_discount TEXT, payment_ind TEXT NOT NULL, payment_weight TEXT, payment_rate TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_asc_code ON asc_rates(code);

CREATE TABLE IF NOT EXISTS asp_prices (       -- ASP pricing file: Part B payment limit per HCPCS code dosage
  code TEXT NOT NULL, short_desc TEXT, dosage TEXT, payment_limit TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_asp_code ON asp_prices(code);
