using CodeBrief.Analytics.Medicare;
using CodeBrief.Brief.Model;
using CodeBrief.Dossier;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    /// <summary>The "Hospital outpatient (OPPS)", "Ambulatory surgical center" and "Drug payment limit (ASP)" parts of the
    /// Medicare payments, each "not available" when its file is not loaded or lacks the code.</summary>
    private static IEnumerable<BriefBlock> Outpatient(CodeDossier d)
    {
        if (d.Opps.Count > 0)
        {
            yield return new BriefParagraph("Hospital outpatient (OPPS), national unadjusted amounts from Addendum B (status indicators in CodeBrief's words after CMS's Addendum D1):",
                [OutpatientIndicators.OppsWording]);
            yield return new BriefTable(["Status indicator", "APC", "Relative weight", "Payment rate", "National unadjusted copayment", "Minimum unadjusted copayment", "Source"],
                d.Opps.Select(o => (IReadOnlyList<BriefCell>)
                [
                    new BriefCell($"{o.Row.StatusIndicator}: {o.StatusMeaning}", [o.Row.Source, OutpatientIndicators.OppsWording]),
                    BriefCell.Fact(o.Row.Apc ?? "none", o.Row.Source), BriefCell.Fact(Number(o.Row.RelativeWeight), o.Row.Source),
                    BriefCell.Fact(Dollars(o.Row.PaymentRate), o.Row.Source), BriefCell.Fact(Dollars(o.Row.NationalCopayment), o.Row.Source),
                    BriefCell.Fact(Dollars(o.Row.MinimumCopayment), o.Row.Source), BriefCell.SourceOf(o.Row.Source),
                ]).ToList());
        }
        else yield return new BriefParagraph($"Hospital outpatient (OPPS): the code is not in a loaded OPPS Addendum B. {Na}", []);

        if (d.Asc.Count > 0)
        {
            yield return new BriefParagraph("Ambulatory surgical center, national unadjusted amounts from Addenda AA and BB (payment indicators in CodeBrief's words after CMS's Addendum DD1):",
                [OutpatientIndicators.AscWording]);
            yield return new BriefTable(["Addendum", "Payment indicator", "Multiple procedure discounting", "Payment weight", "Payment rate", "Source"],
                d.Asc.Select(a => (IReadOnlyList<BriefCell>)
                [
                    BriefCell.Fact(a.Row.Addendum, a.Row.Source),
                    new BriefCell($"{a.Row.PaymentIndicator}: {a.IndicatorMeaning}", [a.Row.Source, OutpatientIndicators.AscWording]),
                    BriefCell.Fact(a.Row.MultipleProcedureDiscount ?? (a.Row.Addendum == "BB" ? "not applicable (Addendum BB)" : "not stated"), a.Row.Source), BriefCell.Fact(Number(a.Row.PaymentWeight), a.Row.Source),
                    BriefCell.Fact(Dollars(a.Row.PaymentRate), a.Row.Source), BriefCell.SourceOf(a.Row.Source),
                ]).ToList());
        }
        else yield return new BriefParagraph($"Ambulatory surgical center: the code is not in a loaded ASC Addendum AA or BB. {Na}", []);

        if (d.Asp.Count > 0)
        {
            yield return new BriefParagraph("Drug payment limit (ASP), per HCPCS code dosage as the quarterly ASP pricing file states it (to the tenth of a cent):", []);
            yield return new BriefTable(["Dosage", "Payment limit", "Source"], d.Asp.Select(a => (IReadOnlyList<BriefCell>)
            [
                BriefCell.Fact(a.Dosage.Length > 0 ? a.Dosage : "not stated", a.Source), BriefCell.Fact(a.PaymentLimit is { } limit ? "$" + limit.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none", a.Source),
                BriefCell.SourceOf(a.Source),
            ]).ToList());
        }
        else yield return new BriefParagraph($"Drug payment limit (ASP): the code is not in a loaded ASP pricing file. {Na}", []);
    }
}
