-- User-supplied code-to-diagnosis crosswalks (for instance an LCD billing-and-coding article export or a CSV the user
-- prepares). One row per (procedure code, ICD-10-CM code) pair; ICD codes stored without their dot, upper case.
CREATE TABLE IF NOT EXISTS diagnosis_crosswalk (
  code TEXT NOT NULL, icd10_code TEXT NOT NULL,
  source_id INTEGER NOT NULL, row INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ix_dxwalk_code ON diagnosis_crosswalk(code);
