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

CREATE TABLE IF NOT EXISTS lcd_article_icd10_nc (  -- MCD current_article: article_x_icd10_noncovered
  article_id TEXT NOT NULL, article_version TEXT NOT NULL, icd10_code TEXT NOT NULL, icd10_code_version TEXT,
  noncovered_group TEXT, range TEXT, sort_order TEXT, description TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_lcd_icd_nc_article ON lcd_article_icd10_nc(article_id, article_version);

CREATE TABLE IF NOT EXISTS lcd_article (  -- Coverage API report of local coverage articles: title, contractor, dates, link
  article_id TEXT NOT NULL, display_id TEXT NOT NULL, document_type TEXT, article_version TEXT NOT NULL, title TEXT NOT NULL,
  contractor TEXT NOT NULL, effective_date TEXT, retirement_date TEXT, url TEXT, jurisdiction TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_lcd_article_id ON lcd_article(article_id, article_version);

CREATE TABLE IF NOT EXISTS lcd_article_icd10_group (  -- MCD current_article: article_x_icd10_covered_group (group paragraphs)
  article_id TEXT NOT NULL, article_version TEXT NOT NULL, covered_group TEXT NOT NULL, paragraph TEXT NOT NULL, asterisk TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_lcd_icd10_group_id ON lcd_article_icd10_group(article_id, article_version);

CREATE TABLE IF NOT EXISTS lcd_article_modifier (  -- MCD current_article: article_x_hcpc_modifier
  article_id TEXT NOT NULL, article_version TEXT NOT NULL, modifier TEXT NOT NULL, modifier_group TEXT, description TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_lcd_modifier_id ON lcd_article_modifier(article_id, article_version);

CREATE TABLE IF NOT EXISTS diagnosis_crosswalk (  -- user-supplied code,icd10_code[,note]
  code TEXT NOT NULL, icd10_code TEXT NOT NULL, note TEXT,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_dx_xwalk_code ON diagnosis_crosswalk(code);
