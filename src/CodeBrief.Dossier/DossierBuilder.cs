using CodeBrief.Analytics.Changes;
using CodeBrief.Analytics.Medicare;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier.Editorial;
using CodeBrief.Dossier.Facts;
using CodeBrief.Dossier.Queries;
using CodeBrief.Dossier.Rules;
using CodeBrief.Ingest.Clfs;
using CodeBrief.Ingest.PfsGpci;
using CodeBrief.Warehouse;

namespace CodeBrief.Dossier;

/// <summary>
/// Builds the <see cref="CodeDossier"/> of a code from the warehouse's stores. One builder serves many codes: it reads the
/// sources register, the GPCI localities and the code list once.
/// </summary>
/// <remarks>Not thread-safe (it shares the warehouse's one connection and caches).</remarks>
public sealed partial class DossierBuilder
{
    private readonly IReferenceStore _reference;
    private readonly IReferenceStore _previous;
    private readonly IEvidenceStore _evidence;
    private readonly IRateStore _rates;
    private readonly SourceCatalog _sources;
    private readonly Lazy<IReadOnlyList<GpciLocality>> _gpci;
    private readonly Lazy<string[]> _allCodes;
    private readonly Lazy<IReadOnlySet<string>> _withTermDate;
    private readonly Lazy<Related.RelatedIndex> _related;

    /// <summary>Creates a builder over an open warehouse.</summary>
    public DossierBuilder(IWarehouse warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        _reference = warehouse.Reference;
        _previous = warehouse.PreviousReference;
        _evidence = warehouse.Evidence;
        _rates = warehouse.Rates;
        _sources = new SourceCatalog(warehouse.Sources);
        _gpci = new(_reference.Localities);
        _allCodes = new(() => [.. _reference.ProcedureCodes()]);
        _withTermDate = new(_reference.CodesWithTerminationDate);
        _related = new(() => new Related.RelatedIndex(_reference));
    }

    /// <summary>Every CPT/HCPCS code in the PFS, CLFS and HCPCS Level II tables, sorted, distinct.</summary>
    public IReadOnlyList<string> AllCodes() => _allCodes.Value;

    /// <summary>The GPCI localities, in file order.</summary>
    public IReadOnlyList<GpciLocality> Localities => _gpci.Value;

    /// <summary>True when a loaded code set has the code.</summary>
    public bool Exists(string code) => Array.BinarySearch(_allCodes.Value, code.Trim().ToUpperInvariant(), StringComparer.Ordinal) >= 0;

    /// <summary>Up to <paramref name="max"/> loaded codes closest to <paramref name="text"/> (same prefix first, then nearest in order).</summary>
    public IReadOnlyList<string> CloseMatches(string text, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(text);
        var all = _allCodes.Value;
        var key = text.Trim().ToUpperInvariant();
        var at = Array.BinarySearch(all, key, StringComparer.Ordinal);
        if (at < 0) at = ~at;
        var from = Math.Max(0, at - max / 2);
        return all.Skip(Math.Min(from, Math.Max(0, all.Length - max))).Take(max).ToList();
    }

    /// <summary>Builds the dossier of one code, nationally or for one place.</summary>
    /// <param name="codeText">The code as typed.</param>
    /// <param name="location">The ZIP or locality to price the code in as well; null for national figures only.</param>
    /// <exception cref="UsageException">The text is not a code, no loaded code set has it (the message names close matches), or the
    /// place is not in the loaded files.</exception>
    public CodeDossier Build(string codeText, LocationQuery? location = null)
    {
        if (!HcpcsCode.TryParse(codeText, out var code))
            throw new UsageException($"\"{codeText}\" is not a CPT or HCPCS code ({HcpcsCode.Shape}).");
        if (!Exists(code.Value))
        {
            var near = CloseMatches(code.Value);
            throw new UsageException($"Code {code.Value} is not in any loaded code set (PFS, CLFS, HCPCS Level II)."
                + (near.Count > 0 ? $" Close matches: {string.Join(", ", near)}." : " Load the code sets with `codebrief data load`."));
        }

        var (family, subfamily) = CodeFamilies.Classify(code);
        var classification = new CodeClassification(code.Type, CodeFamilies.TypeLabel(code.Type), family, subfamily, EditorialSources.CodeFamilies);
        var levelII = ReadLevelII(code.Value);
        var pfs = ReadPfs(code.Value);
        var clfs = ReadClfs(code.Value);
        var descriptors = Descriptors(levelII, pfs, clfs);
        var addOns = ReadAddOns(code.Value);
        var ptp = ReadPtp(code.Value);
        var mue = ReadMue(code.Value);
        var related = RelatedCodes(code.Value, pfs, clfs, levelII, addOns, ptp);
        var dmepos = ReadDmepos(code.Value);
        var derivation = ModifierRules.Derive(new ModifierSubject(code.Value, classification, levelII, pfs, clfs, ptp, addOns,
            DmeposModifierRow.Of(dmepos)) { DmeposLoaded = _sources.HasDataset("dmepos") }, ReadModifierText);
        var modifiers = derivation.Modifiers;
        var (taxonomies, providerTypes) = Taxonomies(code.Value, classification);
        var (diagnoses, unlisted, articles, diagnosisGap) = Diagnoses(code.Value);
        var utilization = Utilization(code.Value);
        var payers = ReadPayers(code.Value, pfs, clfs);
        var (anesthesia, opps, asc, asp) = (ReadAnesthesia(code), ReadOpps(code.Value), ReadAsc(code.Value), ReadAsp(code.Value));
        var place = Locate(location, pfs, dmepos, code.IsAnesthesia);
        var changes = VersionChanges.ForCode(_reference, _previous, _sources.Records, code.Value);

        var refs = new List<SourceRef> { EditorialSources.CodeFamilies };
        refs.AddRange(descriptors.Select(d => d.Source));
        if (levelII is not null) refs.Add(levelII.Source);
        foreach (var p in pfs)
        {
            refs.Add(p.Row.Source);
            refs.Add(PfsIndicators.Layout);
            if (p.Pricing.Localities.Count > 0) refs.Add(p.Pricing.Localities[0].Locality.Source);
            if (p.Pricing.NonFacilityNational.OppsCap?.Source is { } cap) refs.Add(cap);
            if (p.Pricing.Localities.Select(l => l.NonFacility.OppsCap?.Source).FirstOrDefault(s => s is not null) is { } capRow) refs.Add(capRow);
            if (p.Pricing.OppsCap?.UnknownLocalities is [var unknown, ..]) refs.Add(unknown.Source);
        }
        refs.AddRange(clfs.Select(c => c.Source));
        refs.AddRange(addOns.Select(a => a.Source));
        refs.AddRange(ptp.Select(a => a.Source));
        refs.AddRange(mue.Select(a => a.Source));
        foreach (var r in related) { refs.Add(r.Source); if (r.DescriptorSource is { } d) refs.Add(d); }
        foreach (var m in modifiers) { refs.Add(m.Source); if (m.DescriptionSource is { } d) refs.Add(d); }
        foreach (var t in taxonomies) { refs.Add(t.Source); refs.AddRange(t.BasisSources); }
        foreach (var d in diagnoses) { refs.Add(d.Source); refs.AddRange(d.BasisSources); }
        refs.AddRange(unlisted.Sources);
        foreach (var a in articles)
        {
            refs.Add(a.Link);
            if (a.Listing is { } listing) refs.Add(listing);
            foreach (var n in a.Noncovered) { refs.Add(n.Source); if (n.CodeSet is { } set) refs.Add(set); }
        }
        refs.AddRange(providerTypes.Select(p => p.Source));
        refs.AddRange(utilization.Select(u => u.Source));
        foreach (var p in payers) { refs.AddRange(p.Sources); if (p.MedicareSource is { } m) refs.Add(m); }
        if (dmepos is not null) refs.AddRange(dmepos.Sources);
        if (place is not null)
        {
            if (place.ZipSource is { } zipRow) refs.Add(zipRow);
            if (place.DmeposRuralSource is { } ruralRow) refs.Add(ruralRow);
            if (place.Anesthesia is { } factor) refs.Add(factor.Row.Source);
            refs.AddRange(place.Candidates.Take(1).Select(c => c.Source));
        }
        foreach (var row in changes.SelectMany(c => c.Rows))
        {
            if (row.Before is { } before) refs.Add(before);
            if (row.After is { } after) refs.Add(after);
        }
        refs.AddRange(PaymentSystemSources(anesthesia, opps, asc, asp));
        var sources = refs.Select(r => (r.Dataset, r.File, r.Version)).Distinct()
            .Select(k => _sources.Describe(new SourceRef(k.Dataset, k.File, k.Version, 0)))
            .OrderBy(s => s.Dataset, StringComparer.Ordinal).ThenBy(s => s.File, StringComparer.Ordinal).ToList();

        return new CodeDossier(code.Value, classification, descriptors, levelII, pfs, clfs, addOns, ptp, mue, related, modifiers,
            taxonomies, diagnoses, unlisted, providerTypes, utilization, payers, place, changes, sources) {
            ModifierClassesTried = derivation.ClassesTried, Dmepos = dmepos, Anesthesia = anesthesia, Opps = opps, Asc = asc, Asp = asp,
            CoverageArticles = articles, DiagnosisGap = diagnosisGap,
            UtilizationGap = Gap(utilization.Count == 0, "medicare-utilization"), ProviderTypeGap = Gap(providerTypes.Count == 0, "medicare-utilization-provider"),
        };
    }

    private static List<DescriptorFact> Descriptors(HcpcsLevelIIFact? levelII, List<PfsEntry> pfs, List<ClfsRow> clfs)
    {
        var list = new List<DescriptorFact>();
        if (levelII is not null && levelII.LongDescription.Length > 0)
            list.Add(new DescriptorFact(levelII.LongDescription, "HCPCS Level II long descriptor", levelII.Source));
        if (clfs.FirstOrDefault() is { } c)
        {
            if (c.ExtendedDescription.Length > 0) list.Add(new DescriptorFact(c.ExtendedDescription, "CLFS extended long descriptor", c.Source));
            if (c.LongDescription.Length > 0) list.Add(new DescriptorFact(c.LongDescription, "CLFS long descriptor", c.Source));
            if (c.ShortDescription.Length > 0) list.Add(new DescriptorFact(c.ShortDescription, "CLFS short descriptor", c.Source));
        }
        if (pfs.FirstOrDefault() is { } p && p.Row.Description.Length > 0)
            list.Add(new DescriptorFact(p.Row.Description, "PFS RVU file descriptor", p.Row.Source));
        if (levelII is not null && levelII.ShortDescription.Length > 0)
            list.Add(new DescriptorFact(levelII.ShortDescription, "HCPCS Level II short descriptor", levelII.Source));
        return list;
    }
}
