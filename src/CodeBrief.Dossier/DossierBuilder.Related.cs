using CodeBrief.Analytics.Medicare;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Facts;
using CodeBrief.Dossier.Related;
using CodeBrief.Ingest.Clfs;
using CodeBrief.Warehouse;

namespace CodeBrief.Dossier;

public sealed partial class DossierBuilder
{
    /// <summary>The most PTP partners listed as related codes (the dossier keeps every PTP pair).</summary>
    private const int MaxPtpRelated = 25;

    /// <summary>The most codes one descriptor family (or CLFS test family) adds, best score first.</summary>
    public const int MaxFamilyRelated = 5;

    private const string Edit = "NCCI edit";
    private const string Strong = "strong";
    private const string Moderate = "moderate";

    /// <summary>
    /// Related codes by evidence only: NCCI add-on edits (both directions; a partner missing from the loaded code sets is listed
    /// with a note), NCCI PTP edits, the component family, with/without twins, descriptor families and the CLFS test family.
    /// One row per code, the strongest evidence first. A neighbouring number is never a relationship.
    /// </summary>
    private List<RelatedCode> RelatedCodes(string code, List<PfsEntry> pfs, List<ClfsRow> clfs, HcpcsLevelIIFact? levelII, List<AddOnPair> addOns, List<PtpPair> ptp)
    {
        var index = _related.Value;
        var list = new List<RelatedCode>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        foreach (var a in addOns.Where(a => a.DeletionDate is null))
        {
            var (other, relationship) = a.AddOnCode == code
                ? (a.PrimaryCode, $"Primary code for this add-on code (NCCI AOC edit {a.EditTypeMeaning})")
                : (a.AddOnCode, $"Add-on code reported with this primary code (NCCI AOC edit {a.EditTypeMeaning})");
            // CCCCC = contractor-defined, not a code.
            if (!HcpcsCode.TryParse(other, out _) || !seen.Add(other)) continue;
            var note = Exists(other) ? null
                : $"Not in the loaded code sets (PFS, CLFS, HCPCS Level II); the NCCI edit is active{(a.EffectiveDate is { } e ? $" from {e}" : "")}";
            list.Add(Related(other, relationship, a.Source, RelatedKinds.AddOn, Edit, "NCCI add-on code (AOC) file") with { Note = note });
        }
        foreach (var p in ptp.Where(p => p.DeletionDate is null))
        {
            if (list.Count(r => r.Kind == RelatedKinds.Ptp) >= MaxPtpRelated) break;
            var (other, side) = p.Column1 == code ? (p.Column2, "column 2 (component) code") : (p.Column1, "column 1 (comprehensive) code");
            if (!Exists(other) || !seen.Add(other)) continue; // the PTP pair itself stays in Ptp
            list.Add(Related(other, $"NCCI PTP {p.Setting} edit, {side}; modifier indicator {p.ModifierIndicatorMeaning}", p.Source,
                RelatedKinds.Ptp, Edit, "NCCI procedure-to-procedure (PTP) file"));
        }
        if (index.Pfs(code) is { } self)
        {
            foreach (var c in index.ComponentFamily(code).Where(c => seen.Add(c.Code)))
                list.Add(Related(c.Code,
                    $"Component family: PC/TC indicator {c.Pctc} ({PfsIndicators.Pctc(c.Pctc)}) beside this code's {self.Pctc} ({PfsIndicators.Pctc(self.Pctc)}); both PFS descriptors start \"{RelatedIndex.ComponentStem(self.Description)}\"",
                    c.Source, RelatedKinds.Component, Strong, "PFS RVU file: PCTC IND and descriptors"));
        }
        var retired = _withTermDate.Value;
        var own = index.Descriptors(code);
        foreach (var d in own)
            foreach (var twin in index.Twins(d).Where(t => !retired.Contains(t.Descriptor.Code) && seen.Add(t.Descriptor.Code)))
                list.Add(Related(twin.Descriptor.Code,
                    $"With/without twin: its descriptor \"{twin.Descriptor.Text}\" and this code's \"{d.Descriptor.Text}\" differ only by with and without",
                    twin.Descriptor.Source, RelatedKinds.Twin, Strong, $"{Label(d.Descriptor.Kind)} of both codes"));
        list.AddRange(Families(code, own.Where(d => d.Descriptor.Kind != ProcedureDescriptor.ClfsLong && d.Descriptor.Kind != ProcedureDescriptor.HcpcsShort),
            RelatedIndex.DescriptorThreshold, RelatedIndex.MinimumSharedWords, RelatedKinds.DescriptorFamily, "Descriptor family", seen, retired));
        list.AddRange(Families(code, own.Where(d => d.Descriptor.Kind == ProcedureDescriptor.ClfsLong),
            RelatedIndex.ClfsFamilyThreshold, RelatedIndex.MinimumClfsSharedWords, RelatedKinds.ClfsFamily, "Same CLFS test family", seen, retired));
        return list;
    }

    /// <summary>The best-scoring codes sharing a descriptor stem with one of the code's descriptors, at most <see cref="MaxFamilyRelated"/>.</summary>
    private List<RelatedCode> Families(string code, IEnumerable<RelatedIndex.Entry> own, decimal threshold, int minimumShared, string kind, string label,
        HashSet<string> seen, IReadOnlySet<string> retired)
    {
        var found = new List<(RelatedIndex.Entry Self, RelatedIndex.Entry Other, decimal Score, int Shared)>();
        foreach (var d in own)
            foreach (var other in _related.Value.SameStart(d))
            {
                var shared = DescriptorWords.SharedLeading(d.Words, other.Words);
                var score = DescriptorWords.StemScore(d.Words, other.Words);
                if (shared >= minimumShared && score >= threshold && !retired.Contains(other.Descriptor.Code)) found.Add((d, other, score, shared));
            }
        var list = new List<RelatedCode>();
        foreach (var f in found.OrderByDescending(f => f.Score).ThenBy(f => f.Other.Descriptor.Code, StringComparer.Ordinal))
        {
            if (list.Count >= MaxFamilyRelated) break;
            if (!seen.Add(f.Other.Descriptor.Code)) continue;
            var stem = string.Join(' ', f.Self.Words.Take(f.Shared));
            list.Add(Related(f.Other.Descriptor.Code,
                $"{label}: the {Label(f.Self.Descriptor.Kind)}s \"{f.Other.Descriptor.Text}\" and \"{f.Self.Descriptor.Text}\" share the stem \"{stem}\" (score {f.Score:0.00}, threshold {threshold:0.00})",
                f.Other.Descriptor.Source, kind, Moderate, $"{Label(f.Self.Descriptor.Kind)}s; score = leading words shared / words of the longer descriptor")
                with { Score = f.Score, Threshold = threshold });
        }
        return list;
    }

    private static string Label(string kind) => kind switch
    {
        ProcedureDescriptor.Pfs => "PFS descriptor",
        ProcedureDescriptor.ClfsShort => "CLFS short descriptor",
        ProcedureDescriptor.ClfsLong => "CLFS plain-language descriptor",
        ProcedureDescriptor.HcpcsLong => "HCPCS long descriptor",
        _ => "HCPCS short descriptor",
    };

    private RelatedCode Related(string code, string relationship, SourceRef source, string kind, string strength, string basis)
    {
        var d = ShortDescriptor(code);
        var status = _related.Value.Pfs(code) is { } p && !PfsPaymentCalculator.PayableStatuses.Contains(p.Status) ? p : null;
        return new RelatedCode(code, d?.Text ?? NotAvailable.Text, relationship, source, d?.Source, kind, strength, basis,
            Status: status?.Status, StatusMeaning: status is null ? null : PfsIndicators.Status(status.Status), StatusSource: status?.Source);
    }
}
