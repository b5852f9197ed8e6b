namespace CodeBrief.Ingest.Icd10cm;

/// <summary>The two CDC/NCHS text layouts that carry ICD-10-CM codes with their descriptions.</summary>
public enum Icd10cmLayout
{
    /// <summary><c>icd10cm-codes-YYYY.txt</c>: code in columns 1–7, long description from column 9; billable codes only.</summary>
    Codes,

    /// <summary><c>icd10cm-order-YYYY.txt</c>: order number (1–5), code (7–13), billable flag (15), short description (17–76),
    /// long description (from 78); every code including the non-billable headers.</summary>
    Order,
}
