using CodeBrief.Core.Provenance;

namespace CodeBrief.Analytics.Medicare;

/// <summary>
/// The OPPS status indicators of Addendum B and the ASC payment indicators of Addenda AA and BB, in words. The OPPS
/// meanings follow CMS's "Addendum D1 — OPPS Payment Status Indicators" and the ASC meanings "Addendum DD1 — ASC Payment
/// Indicators", both of the CY 2025 OPPS/ASC final rule (CMS-1809-FC, November 2024), put in CodeBrief's own shorter
/// words: the wording is editorial and cited as such. An indicator the tables do not hold gets a sentence saying so.
/// </summary>
public static class OutpatientIndicators
{
    /// <summary>The editorial wording of the OPPS status indicators (after CY 2025 Addendum D1).</summary>
    public static readonly SourceRef OppsWording = new("codebrief-editorial", "CodeBrief OPPS status indicator wording (after CMS CY 2025 OPPS Addendum D1)", "1", 0);

    /// <summary>The editorial wording of the ASC payment indicators (after CY 2025 Addendum DD1).</summary>
    public static readonly SourceRef AscWording = new("codebrief-editorial", "CodeBrief ASC payment indicator wording (after CMS CY 2025 ASC Addendum DD1)", "1", 0);

    private static readonly Dictionary<string, string> Status = new(StringComparer.Ordinal)
    {
        ["A"] = "not paid under the OPPS; paid under another fee schedule or payment system (for example the CLFS or the PFS)",
        ["B"] = "not recognised by the OPPS on an outpatient hospital bill; another code or bill type may apply",
        ["C"] = "inpatient-only procedure, not paid under the OPPS",
        ["D"] = "discontinued code, not paid",
        ["E1"] = "not covered by any Medicare outpatient benefit, statutorily excluded or not reasonable and necessary; not paid",
        ["E2"] = "no pricing information or claims data available; not paid on outpatient claims",
        ["F"] = "corneal tissue acquisition, certain CRNA services or hepatitis B vaccine; paid at reasonable cost, not under the OPPS",
        ["G"] = "pass-through drug or biological; separate APC payment",
        ["H"] = "pass-through device category; separate cost-based payment, no copayment",
        ["J1"] = "paid through a comprehensive APC: the claim's other covered Part B services are packaged into it",
        ["J2"] = "paid through a comprehensive APC when billed with enough observation or clinic care; otherwise paid another way",
        ["K"] = "non-pass-through drug or biological, radiopharmaceutical, or blood product; separate APC payment",
        ["L"] = "influenza or pneumococcal vaccine; paid at reasonable cost, no deductible or coinsurance",
        ["M"] = "not billable to the Medicare contractor by a hospital; not paid under the OPPS",
        ["N"] = "packaged: no separate payment, its payment is in the payment for other services",
        ["P"] = "partial hospitalization; paid a per diem APC",
        ["Q1"] = "packaged when billed with a service of indicator S, T or V on the same day; otherwise paid separately",
        ["Q2"] = "packaged when billed with a service of indicator T on the same day; otherwise paid separately",
        ["Q3"] = "paid through a composite APC when billed with other codes of the composite; otherwise paid as coded",
        ["Q4"] = "conditionally packaged laboratory test: packaged with other services on the claim, otherwise paid under the CLFS",
        ["R"] = "blood or blood product; separate APC payment",
        ["S"] = "significant procedure, not discounted when multiple; separate APC payment",
        ["T"] = "significant procedure, multiple procedure reduction applies; separate APC payment",
        ["U"] = "brachytherapy source; separate APC payment",
        ["V"] = "clinic or emergency department visit; separate APC payment",
        ["Y"] = "non-implantable durable medical equipment; not paid under the OPPS",
    };

    private static readonly Dictionary<string, string> Asc = new(StringComparer.Ordinal)
    {
        ["A2"] = "surgical procedure on the ASC list in CY 2007; payment based on the OPPS relative payment weight",
        ["C5"] = "inpatient-only procedure; not paid in an ASC",
        ["D5"] = "deleted or discontinued code; not paid",
        ["F4"] = "corneal tissue acquisition or hepatitis B vaccine; paid at reasonable cost",
        ["G2"] = "non-office-based surgical procedure added in CY 2008 or later; payment based on the OPPS relative payment weight",
        ["H2"] = "brachytherapy source paid separately with a covered surgical procedure; payment based on the OPPS rate",
        ["J7"] = "OPPS pass-through device paid separately with a covered surgical procedure; contractor-priced",
        ["J8"] = "device-intensive procedure; paid at an adjusted rate",
        ["K2"] = "drug or biological paid separately with a covered surgical procedure; payment based on the OPPS rate",
        ["K5"] = "no pricing information or claims data available; not paid",
        ["K7"] = "unclassified drug or biological; contractor-priced",
        ["L1"] = "influenza or pneumococcal vaccine; packaged, no separate payment",
        ["L6"] = "new technology intraocular lens; special payment",
        ["N1"] = "packaged service or item; no separate payment",
        ["P2"] = "office-based surgical procedure added in CY 2008 or later with PFS non-facility PE RVUs; payment based on the OPPS relative payment weight",
        ["P3"] = "office-based surgical procedure added in CY 2008 or later with PFS non-facility PE RVUs; payment based on the PFS non-facility PE RVUs",
        ["R2"] = "office-based surgical procedure added in CY 2008 or later without PFS non-facility PE RVUs; payment based on the OPPS relative payment weight",
        ["Z2"] = "radiology or diagnostic service paid separately with a covered surgical procedure; payment based on the OPPS relative payment weight",
        ["Z3"] = "radiology or diagnostic service paid separately with a covered surgical procedure; payment based on the PFS non-facility PE RVUs",
    };

    /// <summary>The meaning of an OPPS status indicator (Addendum B's SI column).</summary>
    public static string OppsStatus(string indicator) =>
        Status.TryGetValue(indicator.Trim().ToUpperInvariant(), out var m) ? m : $"status indicator {indicator} is not among the CY 2025 OPPS status indicators";

    /// <summary>The meaning of an ASC payment indicator (Addenda AA and BB).</summary>
    public static string AscPayment(string indicator) =>
        Asc.TryGetValue(indicator.Trim().ToUpperInvariant(), out var m) ? m : $"payment indicator {indicator} is not among the CY 2025 ASC payment indicators";
}
