using System.Globalization;
using System.Text;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;

namespace CodeBrief.Cli.Commands;

/// <summary>The plain-text lines of the Medicare payment systems beside the PFS and CLFS (anesthesia, OPPS, ASC, ASP).</summary>
internal static class CodeTextPayments
{
    public static void Append(StringBuilder sb, CodeDossier d)
    {
        if (d.Anesthesia is { } a)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Anesthesia: {a.Formula}\n");
            sb.Append(a.BaseUnits is { } bu
                ? string.Create(CultureInfo.InvariantCulture, $"  base units {bu.BaseUnits}  [{bu.Source}]\n")
                : $"  base units: {NotAvailable.Text}\n");
            sb.Append(a.Factors is { } f
                ? string.Create(CultureInfo.InvariantCulture,
                    $"  conversion factor: national {f.National}  [{f.NationalSource}]; localities {f.Min.ConversionFactor} ({f.Min.Row.LocalityName}) [{f.Min.Row.Source}] to {f.Max.ConversionFactor} ({f.Max.Row.LocalityName}) [{f.Max.Row.Source}] over {f.Localities}\n")
                : $"  conversion factor: {NotAvailable.Text}\n");
        }
        sb.Append("OPPS (Addendum B):\n");
        if (d.Opps.Count == 0) sb.Append("  ").Append(NotAvailable.Text).Append('\n');
        foreach (var o in d.Opps)
            sb.Append(CultureInfo.InvariantCulture, $"  SI {o.Row.StatusIndicator}: {o.StatusMeaning}; APC {o.Row.Apc ?? "-"}, weight {o.Row.RelativeWeight?.ToString(CultureInfo.InvariantCulture) ?? "-"}, rate {o.Row.PaymentRate?.ToString(CultureInfo.InvariantCulture) ?? "-"}, minimum copayment {o.Row.MinimumCopayment?.ToString(CultureInfo.InvariantCulture) ?? "-"}  [{o.Row.Source}]\n");
        sb.Append("ASC (Addenda AA/BB):\n");
        if (d.Asc.Count == 0) sb.Append("  ").Append(NotAvailable.Text).Append('\n');
        foreach (var x in d.Asc)
            sb.Append(CultureInfo.InvariantCulture, $"  {x.Row.Addendum} PI {x.Row.PaymentIndicator}: {x.IndicatorMeaning}; weight {x.Row.PaymentWeight?.ToString(CultureInfo.InvariantCulture) ?? "-"}, rate {x.Row.PaymentRate?.ToString(CultureInfo.InvariantCulture) ?? "-"}  [{x.Row.Source}]\n");
        sb.Append("ASP:\n");
        if (d.Asp.Count == 0) sb.Append("  ").Append(NotAvailable.Text).Append('\n');
        foreach (var x in d.Asp)
            sb.Append(CultureInfo.InvariantCulture, $"  payment limit {x.PaymentLimit?.ToString(CultureInfo.InvariantCulture) ?? "-"} per {x.Dosage}  [{x.Source}]\n");
    }
}
