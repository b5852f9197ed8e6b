using CodeBrief.Analytics.Medicare;
using CodeBrief.Ingest.AscAddenda;
using CodeBrief.Ingest.AspPricing;
using CodeBrief.Ingest.Clfs;
using CodeBrief.Ingest.Dmepos;
using CodeBrief.Ingest.Hcpcs;
using CodeBrief.Ingest.Icd10cm;
using CodeBrief.Ingest.NcciAoc;
using CodeBrief.Ingest.NcciMue;
using CodeBrief.Ingest.NcciPtp;
using CodeBrief.Ingest.OppsAddendumB;
using CodeBrief.Ingest.Nucc;
using CodeBrief.Ingest.PfsGpci;
using CodeBrief.Ingest.PfsOppsCap;
using CodeBrief.Ingest.PfsRvu;
using CodeBrief.Warehouse;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// The warehouse reads verify makes, each answered once per verifier and remembered: a run over thousands of briefs asks
/// about the same codes, localities and files again and again (a DMEPOS brief quotes a code's fees once per state), and
/// the warehouse does not change while a verifier reads it. Not thread-safe, like the warehouse it reads.
/// </summary>
internal sealed class ReferenceCache(IWarehouse warehouse)
{
    private readonly IReferenceStore _store = warehouse.Reference;
    private readonly Dictionary<string, HcpcsRow?> _hcpcs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<PfsRvuRow>> _pfs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<ClfsRow>> _clfs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<DmeposModifierPricing>> _dmepos = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<PfsOppsCapRow>> _oppsCaps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<OppsRateRow>> _opps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<AscRateRow>> _asc = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<AspPriceRow>> _asp = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<AddOnEditRow>> _addOns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<PtpEditRow>> _ptp = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<MueRow>> _mue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ModifierRow?> _modifiers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IcdRow?> _icd = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, int), IReadOnlyList<IcdRow>> _icdChildren = [];
    private readonly Dictionary<string, long> _icdChildCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NuccRow?> _taxonomies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<NuccRow>> _taxonomiesNamed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<NuccRow>> _taxonomiesOfClassification = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _groupings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MedicareSchedule> _schedules = new(StringComparer.Ordinal);

    /// <summary>The current files of each dataset that holds rows.</summary>
    public ILookup<string, SourceRecord> Loaded => field ??= warehouse.Sources.All()
        .Where(s => s.Status == SourceRecord.Current && s.RowsLoaded > 0)
        .ToLookup(s => s.Dataset, StringComparer.Ordinal);

    /// <summary>Every PFS locality with its GPCIs.</summary>
    public IReadOnlyList<GpciLocality> Localities => field ??= _store.Localities();

    public HcpcsRow? Hcpcs(string code) => Remembered(_hcpcs, code, _store.Hcpcs);

    public IReadOnlyList<PfsRvuRow> Pfs(string code) => Remembered(_pfs, code, _store.Pfs);

    public IReadOnlyList<ClfsRow> Clfs(string code) => Remembered(_clfs, code, _store.Clfs);

    /// <summary>The DMEPOS fee schedule amounts of <paramref name="code"/>, priced as the brief prices them (<see cref="DmeposPricing"/>).</summary>
    public IReadOnlyList<DmeposModifierPricing> Dmepos(string code) => Remembered(_dmepos, code, c => DmeposPricing.Price(_store.Dmepos(c)));

    public IReadOnlyList<PfsOppsCapRow> OppsCaps(string code) => Remembered(_oppsCaps, code, _store.OppsCaps);

    public IReadOnlyList<OppsRateRow> Opps(string code) => Remembered(_opps, code, _store.Opps);

    public IReadOnlyList<AscRateRow> Asc(string code) => Remembered(_asc, code, _store.Asc);

    public IReadOnlyList<AspPriceRow> Asp(string code) => Remembered(_asp, code, _store.Asp);

    public IReadOnlyList<AddOnEditRow> AddOns(string code) => Remembered(_addOns, code, _store.AddOns);

    public IReadOnlyList<PtpEditRow> Ptp(string code) => Remembered(_ptp, code, _store.Ptp);

    public IReadOnlyList<MueRow> Mue(string code) => Remembered(_mue, code, _store.Mue);

    public ModifierRow? Modifier(string code) => Remembered(_modifiers, code, _store.Modifier);

    public IcdRow? Icd(string code) => Remembered(_icd, code, _store.Icd);

    public IReadOnlyList<IcdRow> IcdBillableChildren(string prefix, int limit) =>
        Remembered(_icdChildren, (prefix, limit), k => _store.IcdBillableChildren(k.Item1, k.Item2));

    public long IcdBillableChildCount(string prefix) => Remembered(_icdChildCounts, prefix, _store.IcdBillableChildCount);

    public NuccRow? Taxonomy(string code) => Remembered(_taxonomies, code, _store.Taxonomy);

    public IReadOnlyList<NuccRow> TaxonomiesNamed(string name) => Remembered(_taxonomiesNamed, name, _store.TaxonomiesNamed);

    public IReadOnlyList<NuccRow> TaxonomiesOfClassification(string classification) =>
        Remembered(_taxonomiesOfClassification, classification, _store.TaxonomiesOfClassification);

    public string? TaxonomyGroupingOfPrefix(string prefix) => Remembered(_groupings, prefix, _store.TaxonomyGroupingOfPrefix);

    /// <summary>The Medicare amounts of <paramref name="code"/> as the brief prices them.</summary>
    public MedicareSchedule Schedule(string code) => Remembered(_schedules, code, c => MedicareSchedule.Of(this, c));

    private static TValue Remembered<TKey, TValue>(Dictionary<TKey, TValue> cache, TKey key, Func<TKey, TValue> read) where TKey : notnull
    {
        if (!cache.TryGetValue(key, out var value)) cache[key] = value = read(key);
        return value;
    }
}
