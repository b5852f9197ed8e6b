using System.Globalization;
using CodeBrief.Brief.Model;
using CodeBrief.Core;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    /// <summary>The "Anesthesia" part of the Medicare payments: only for anesthesia codes (00100 to 01999).</summary>
    private static IEnumerable<BriefBlock> Anesthesia(CodeDossier d)
    {
        if (d.Anesthesia is not { } a) yield break;
        yield return new BriefParagraph($"Anesthesia: the payment is {a.Formula}; time units and modifying units depend on the case.", []);
        if (a.BaseUnits is { } bu)
            yield return new BriefParagraph(
                $"Anesthesia base units of {bu.Code}: {bu.BaseUnits.ToString(CultureInfo.InvariantCulture)}.", [bu.Source]);
        else
            yield return new BriefParagraph($"Anesthesia base units: the code is not in a loaded anesthesia base units file. {Na}", []);
        if (a.Factors is { } f)
            yield return new BriefParagraph(
                $"Anesthesia conversion factor: {f.National.ToString(CultureInfo.InvariantCulture)} dollars per unit nationally; "
                + $"across {f.Localities.ToString(CultureInfo.InvariantCulture)} localities from {f.Min.ConversionFactor} ({Name(f.Min.Row.LocalityName)}) "
                + $"to {f.Max.ConversionFactor} ({Name(f.Max.Row.LocalityName)}).",
                [f.NationalSource, f.Min.Row.Source, f.Max.Row.Source]);
        else
            yield return new BriefParagraph($"Anesthesia conversion factor: no anesthesia conversion factor file is loaded. {Na}", []);
    }

    /// <summary>A locality name as the brief prints it: CMS marks some names with a trailing <c>*</c> note sign.</summary>
    private static string Name(string? locality) => locality?.TrimEnd('*', ' ') is { Length: > 0 } n ? n : "unnamed locality";

    private static string Dollars(decimal? amount) => amount is { } v ? new Money(v).ToString() : "none";

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";
}
