using CodeBrief.Ingest.Clfs;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Editorial;
using CodeBrief.Dossier.Facts;

namespace CodeBrief.Dossier;

public sealed partial class DossierBuilder
{
    private HcpcsLevelIIFact? ReadLevelII(string code) => _reference.Hcpcs(code) is { } h
        ? new HcpcsLevelIIFact(code, h.LongDescription, h.ShortDescription, h.Coverage, h.Betos, h.TypeOfService, h.AddDate, h.EffectiveDate,
            h.TerminationDate, h.ActionCode, h.Source)
        : null;

    /// <summary>The PFS rows of the code, priced with the OPPS cap rows of the code (PfsPaymentCalculator applies them).</summary>
    private List<PfsEntry> ReadPfs(string code)
    {
        var caps = _reference.OppsCaps(code);
        return _reference.Pfs(code).Select(row => new PfsEntry(row.Modifier, row, PfsIndicators.Status(row.Status), PfsIndicators.Pctc(row.PctcIndicator),
            PfsIndicators.GlobalDays(row.GlobalDays), PfsIndicators.MultipleProcedure(row.MultipleProcedure),
            PfsIndicators.Bilateral(row.BilateralSurgery), PfsIndicators.AssistantSurgery(row.AssistantSurgery),
            PfsIndicators.CoSurgery(row.CoSurgery), PfsIndicators.TeamSurgery(row.TeamSurgery),
            PfsPaymentCalculator.Price(row, _gpci.Value, caps))).ToList();
    }

    private List<Ingest.Clfs.ClfsRow> ReadClfs(string code) => [.. _reference.Clfs(code)];

    private List<AddOnPair> ReadAddOns(string code) => _reference.AddOns(code)
        .Select(a => new AddOnPair(a.AddOnCode, a.PrimaryCode, a.EditType, AddOnTypeMeaning(a.EditType), a.EffectiveDate, a.DeletionDate, a.Source))
        .ToList();

    /// <summary>AOC edit types as the NCCI add-on code file defines them.</summary>
    private static string AddOnTypeMeaning(string type) => type switch
    {
        "1" => "type 1: CPT/HCPCS define all acceptable primary codes",
        "2" => "type 2: no primary codes defined; the contractor defines them",
        "3" => "type 3: some primary codes defined; contractors may add others",
        _ => $"type {type}: not defined in the AOC file layout",
    };

    private List<PtpPair> ReadPtp(string code) => _reference.Ptp(code)
        .Select(p => new PtpPair(p.Column1, p.Column2, p.Setting, p.ModifierIndicator, PtpModifierMeaning(p.ModifierIndicator), p.EffectiveDate,
            p.DeletionDate, p.Rationale, p.Source))
        .ToList();

    /// <summary>PTP modifier indicators as the NCCI PTP file layout defines them.</summary>
    private static string PtpModifierMeaning(string indicator) => indicator switch
    {
        "0" => "0: not allowed; no modifier bypasses the edit",
        "1" => "1: allowed; an NCCI-associated modifier may bypass the edit when clinically appropriate",
        "9" => "9: not applicable (edit deleted on its effective date)",
        _ => $"{indicator}: not defined in the PTP file layout",
    };

    private List<MueFact> ReadMue(string code) => _reference.Mue(code)
        .Select(m => new MueFact(m.Setting, m.Value, m.AdjudicationIndicator, m.Rationale, m.Source)).ToList();

    private (string Text, SourceRef Source)? ReadModifierText(string modifier) =>
        _reference.Modifier(modifier) is { } m ? (m.Description ?? "", m.Source) : null;

    /// <summary>
    /// The family table's Medicare specialties for the code, mapped to NUCC taxonomies through the loaded CMS crosswalk (basis
    /// crosswalk), or, without a crosswalk, to the entry's own taxonomy (basis editorial); only codes the loaded NUCC file confirms.
    /// A family the table has no entry for gets none.
    /// </summary>
    private List<TaxonomyFact> ReadTaxonomies(string code, CodeClassification classification)
    {
        var list = new List<TaxonomyFact>();
        int? number = int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        foreach (var entry in TaxonomyMap.Entries.Where(e => e.Covers(classification.Family, classification.Subfamily, number)))
        {
            var crosswalk = _evidence.TaxonomiesOfSpecialty(entry.MedicareSpecialtyCode);
            if (crosswalk.Count > 0)
            {
                foreach (var x in crosswalk.Where(x => list.All(t => t.Code != x.Code)))
                    list.Add(new TaxonomyFact(x.Code, x.Specialty, TaxonomyFact.CrosswalkBasis,
                        $"Editorial mapping: {entry.Why}, Medicare specialty {entry.MedicareSpecialtyCode} ({x.MedicareSpecialty}); the CMS taxonomy crosswalk maps that specialty to this taxonomy",
                        x.Nucc, [EditorialSources.TaxonomyMap, x.Crosswalk]));
                continue;
            }
            if (list.Any(t => t.Code == entry.Taxonomy)) continue;
            if (_reference.Taxonomy(entry.Taxonomy) is not { } nucc) continue; // editorial entries the loaded NUCC file does not confirm are dropped
            var specialty = nucc.DisplayName.Length > 0
                ? nucc.DisplayName
                : string.Join(" / ", new[] { nucc.Classification, nucc.Specialization }.Where(s => s.Length > 0));
            list.Add(new TaxonomyFact(entry.Taxonomy, specialty, TaxonomyFact.EditorialBasis,
                $"Editorial mapping: {entry.Why}, Medicare specialty {entry.MedicareSpecialtyCode} ({entry.MedicareSpecialty}); no CMS taxonomy crosswalk is loaded, so the specialty's own taxonomy is named",
                nucc.Source, [EditorialSources.TaxonomyMap]));
        }
        return list;
    }

    /// <summary>The first short descriptor a loaded file gives a code (HCPCS short, PFS, CLFS short), from the builder's descriptor index.</summary>
    private (string Text, SourceRef Source)? ShortDescriptor(string code)
    {
        var all = _related.Value.Descriptors(code);
        foreach (var kind in new[] { Warehouse.ProcedureDescriptor.HcpcsShort, Warehouse.ProcedureDescriptor.Pfs, Warehouse.ProcedureDescriptor.ClfsShort })
            if (all.FirstOrDefault(d => d.Descriptor.Kind == kind) is { } found) return (found.Descriptor.Text, found.Descriptor.Source);
        return null;
    }


}
