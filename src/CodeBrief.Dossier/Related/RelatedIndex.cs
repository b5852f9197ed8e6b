using CodeBrief.Warehouse;

namespace CodeBrief.Dossier.Related;

/// <summary>
/// Every loaded descriptor and PFS global row, indexed once per dossier builder so that related codes by descriptor, component
/// family and twin are found without a scan per code: descriptor families are bucketed by their first two words, twins by
/// their descriptor with "without" read as "with", component families by the descriptor without its last word.
/// </summary>
public sealed class RelatedIndex
{
    /// <summary>Descriptor-family threshold: the stem score (<see cref="DescriptorWords.StemScore"/>) a pair must reach.</summary>
    public const decimal DescriptorThreshold = 0.6m;

    /// <summary>Leading words a descriptor-family pair must share at the least (one shared word is a topic, not a family).</summary>
    public const int MinimumSharedWords = 2;

    /// <summary>The CLFS test-family threshold over the CLFS plain-language descriptors.</summary>
    public const decimal ClfsFamilyThreshold = 0.6m;

    /// <summary>Leading words a CLFS test-family pair must share at the least.</summary>
    public const int MinimumClfsSharedWords = 3;

    /// <summary>PC/TC indicators of a component family (professional only 2, technical only 3, global test only 4, incident to 5).</summary>
    public static readonly IReadOnlySet<string> ComponentIndicators = new HashSet<string>(StringComparer.Ordinal) { "2", "3", "4", "5" };

    /// <summary>One indexed descriptor.</summary>
    /// <param name="Descriptor">The descriptor row.</param>
    /// <param name="Words">Its words.</param>
    public sealed record Entry(ProcedureDescriptor Descriptor, IReadOnlyList<string> Words);

    private readonly Dictionary<string, List<Entry>> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Stem), List<Entry>> _byStem = [];
    private readonly Dictionary<string, List<Entry>> _twins = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PfsGlobalRow> _pfs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PfsGlobalRow>> _components = new(StringComparer.Ordinal);

    /// <summary>Reads the descriptors and PFS global rows (two queries) and indexes them.</summary>
    public RelatedIndex(IReferenceStore reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        foreach (var d in reference.ProcedureDescriptors())
        {
            var entry = new Entry(d, DescriptorWords.Of(d.Text));
            Add(_byCode, d.Code, entry);
            if (entry.Words.Count >= MinimumSharedWords)
                Add(_byStem, (d.Kind, entry.Words[0] + " " + entry.Words[1]), entry);
            if (entry.Words.Contains("without") || entry.Words.Contains("with"))
                Add(_twins, d.Kind + "|" + string.Join(' ', entry.Words.Select(w => w == "without" ? "with" : w)), entry);
        }
        foreach (var p in reference.PfsGlobalRows())
        {
            _pfs[p.Code] = p;
            if (ComponentIndicators.Contains(p.Pctc) && ComponentStem(p.Description) is { } stem) Add(_components, stem, p);
        }
    }

    /// <summary>The code's descriptors, by kind then row.</summary>
    public IReadOnlyList<Entry> Descriptors(string code) => _byCode.TryGetValue(code, out var list) ? list : [];

    /// <summary>The code's PFS global row, or null.</summary>
    public PfsGlobalRow? Pfs(string code) => _pfs.GetValueOrDefault(code);

    /// <summary>Other descriptors of the same kind whose first two words are the entry's.</summary>
    public IEnumerable<Entry> SameStart(Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Words.Count < MinimumSharedWords) return [];
        return _byStem.TryGetValue((entry.Descriptor.Kind, entry.Words[0] + " " + entry.Words[1]), out var list)
            ? list.Where(e => e.Descriptor.Code != entry.Descriptor.Code) : [];
    }

    /// <summary>Descriptors of the same kind that are the entry's with/without twin.</summary>
    public IEnumerable<Entry> Twins(Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var key = entry.Descriptor.Kind + "|" + string.Join(' ', entry.Words.Select(w => w == "without" ? "with" : w));
        if (!_twins.TryGetValue(key, out var list)) return [];
        return list.Where(e => e.Descriptor.Code != entry.Descriptor.Code
            && (DescriptorWords.IsWithoutWithPair(entry.Words, e.Words) || DescriptorWords.IsWithoutWithPair(e.Words, entry.Words)));
    }

    /// <summary>
    /// The code's component family: other PFS codes with a component PC/TC indicator (2-5) different from the code's and the same
    /// descriptor stem (the descriptor without its last word: <c>Electrocardiogram complete</c>, <c>… tracing</c>, <c>… report</c>).
    /// </summary>
    public IEnumerable<PfsGlobalRow> ComponentFamily(string code)
    {
        if (Pfs(code) is not { } self || !ComponentIndicators.Contains(self.Pctc) || ComponentStem(self.Description) is not { } stem) return [];
        return _components.TryGetValue(stem, out var list) ? list.Where(p => p.Code != code && p.Pctc != self.Pctc) : [];
    }

    /// <summary>The descriptor without its last word, or null for a one-word descriptor.</summary>
    public static string? ComponentStem(string description)
    {
        var words = DescriptorWords.Of(description ?? "");
        return words.Count >= 2 ? string.Join(' ', words.Take(words.Count - 1)) : null;
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
