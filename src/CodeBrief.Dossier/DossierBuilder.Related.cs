using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Editorial;
using CodeBrief.Dossier.Facts;

namespace CodeBrief.Dossier;

public sealed partial class DossierBuilder
{
    /// <summary>How many codes on each side of the code the neighbour list takes.</summary>
    private const int NeighboursEachSide = 3;

    /// <summary>The most PTP partners listed as related codes (the dossier keeps every PTP pair).</summary>
    private const int MaxPtpRelated = 25;

    private List<RelatedCode> RelatedCodes(string code, CodeClassification classification, List<AddOnPair> addOns, List<PtpPair> ptp)
    {
        var list = new List<RelatedCode>();
        var seen = new HashSet<(string, string)>();
        foreach (var a in addOns.Where(a => a.DeletionDate is null))
        {
            var (other, relationship) = a.AddOnCode == code
                ? (a.PrimaryCode, $"Primary code for this add-on code (NCCI AOC edit {a.EditTypeMeaning})")
                : (a.AddOnCode, $"Add-on code reported with this primary code (NCCI AOC edit {a.EditTypeMeaning})");
            // CCCCC = contractor-defined, not a code; codes newer than the loaded code sets stay in AddOns but are not listed.
            if (!HcpcsCode.TryParse(other, out _) || !Exists(other) || !seen.Add((other, "aoc"))) continue;
            list.Add(Related(other, relationship, a.Source));
        }
        foreach (var p in ptp.Where(p => p.DeletionDate is null).Take(MaxPtpRelated * 2))
        {
            var (other, side) = p.Column1 == code ? (p.Column2, "column 2 (component) code") : (p.Column1, "column 1 (comprehensive) code");
            if (!Exists(other) || !seen.Add((other, "ptp" + p.Setting))) continue; // the PTP pair itself stays in Ptp
            list.Add(Related(other, $"NCCI PTP {p.Setting} edit, {side}; modifier indicator {p.ModifierIndicatorMeaning}", p.Source));
        }
        foreach (var n in Neighbours(code, classification))
        {
            // One row per code: a neighbour already listed by an NCCI edit keeps that (stronger) relationship.
            if (list.Any(r => r.Code == n)) continue;
            var label = classification.Subfamily ?? classification.Family;
            list.Add(Related(n, $"Neighbouring code in the same family ({label})", EditorialSources.CodeFamilies));
        }
        return list;
    }

    private RelatedCode Related(string code, string relationship, SourceRef source)
    {
        var d = ShortDescriptor(code);
        return new RelatedCode(code, d?.Text ?? NotAvailable.Text, relationship, source, d?.Source);
    }

    /// <summary>
    /// Up to three codes of the same family on each side, in code order. Codes the HCPCS file gives a termination date are
    /// passed over: a retired code is no guide to what to bill beside this one.
    /// </summary>
    private IEnumerable<string> Neighbours(string code, CodeClassification classification)
    {
        if (classification.Family is null) yield break;
        var all = _allCodes.Value;
        var at = Array.BinarySearch(all, code, StringComparer.Ordinal);
        if (at < 0) yield break;
        if (!HcpcsCode.TryParse(code, out var self)) yield break;
        var retired = _withTermDate.Value;
        bool SameFamily(string other) => HcpcsCode.TryParse(other, out var c) && CodeFamilies.SameFamily(self, c);
        var before = new List<string>();
        for (var i = at - 1; i >= 0 && before.Count < NeighboursEachSide && SameFamily(all[i]); i--)
            if (!retired.Contains(all[i])) before.Add(all[i]);
        before.Reverse();
        foreach (var b in before) yield return b;
        var after = 0;
        for (var i = at + 1; i < all.Length && after < NeighboursEachSide && SameFamily(all[i]); i++)
            if (!retired.Contains(all[i])) { after++; yield return all[i]; }
    }
}
