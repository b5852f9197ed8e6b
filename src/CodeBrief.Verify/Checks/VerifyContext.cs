using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Clfs;
using CodeBrief.Ingest.NcciPtp;
using CodeBrief.Ingest.PfsOppsCap;
using CodeBrief.Ingest.PfsRvu;
using CodeBrief.Verify.Page;

namespace CodeBrief.Verify.Checks;

/// <summary>What every check reads (page, subject, the warehouse's stores) and writes (findings, per-token notes).</summary>
internal sealed class VerifyContext(PageDocument page, string? subject, ReferenceCache reference, DateOnly asOf, IReadOnlyList<CodeToken> tokens,
    Lazy<DescriptorIndex> descriptors)
{
    private readonly List<Finding> _findings = [];
    private readonly Dictionary<CodeToken, List<Finding>> _byToken = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<CodeToken, string> _confirmed = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<CodeToken, string> _unverifiable = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, bool> _exists = new(StringComparer.Ordinal);
    private readonly Lazy<int?> _pageYear = new(() => FeeYears.PageYear(page));

    public PageDocument Page { get; } = page;
    /// <summary>The page's code (<c>--subject</c> or title), or null: claims that name no code then go unjudged.</summary>
    public string? Subject { get; } = subject;

    /// <summary>Every official procedure text, to say whose text a page quotes.</summary>
    public DescriptorIndex Descriptors => descriptors.Value;

    /// <summary>Claims checked that are no code token (global periods), listed in <c>checked[]</c>.</summary>
    public List<CheckedToken> OtherChecked { get; } = [];
    /// <summary>The warehouse's reference tables, each answer remembered for the whole run.</summary>
    public ReferenceCache Reference { get; } = reference;
    public DateOnly AsOf { get; } = asOf;
    public IReadOnlyList<CodeToken> Tokens { get; } = tokens;
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>The year the page speaks of (<see cref="FeeYears.PageYear"/>), read once per page.</summary>
    public int? PageYear => _pageYear.Value;

    /// <summary>The subject's fee schedule rows and NCCI PTP edits, read once.</summary>
    public IReadOnlyList<PtpEditRow> SubjectPtp => field ??= Subject is null ? [] : Reference.Ptp(Subject);

    /// <summary>True when a current file of <paramref name="dataset"/> (a <see cref="Datasets"/> id) is loaded.</summary>
    public bool IsLoaded(string dataset) => Reference.Loaded.Contains(dataset);

    /// <summary>The PFS rows of <paramref name="code"/>.</summary>
    public IReadOnlyList<PfsRvuRow> PfsOf(string code) => Reference.Pfs(code);

    /// <summary>The OPPS cap file rows of <paramref name="code"/>, which the PFS pricing applies.</summary>
    public IReadOnlyList<PfsOppsCapRow> OppsCapsOf(string code) => Reference.OppsCaps(code);

    /// <summary>The CLFS rows of <paramref name="code"/>.</summary>
    public IReadOnlyList<ClfsRow> ClfsOf(string code) => Reference.Clfs(code);

    public void Add(CodeToken token, Severity severity, string kind, string message, IReadOnlyList<Evidence> evidence, string? suggestion,
        string? replacement = null)
    {
        var finding = new Finding(severity, token.Line, token.Text, kind, message, evidence, suggestion, token.Section, replacement);
        _findings.Add(finding);
        if (!_byToken.TryGetValue(token, out var list)) _byToken[token] = list = [];
        list.Add(finding);
    }

    /// <summary>A mark to <see cref="Rollback"/> to: the number of findings so far.</summary>
    public int Mark() => _findings.Count;

    /// <summary>True when a finding of <paramref name="kind"/> was added since <paramref name="mark"/>.</summary>
    public bool AddedSince(int mark, string kind) => _findings.Skip(mark).Any(f => f.Kind == kind);

    /// <summary>Withdraws every finding added since <paramref name="mark"/> (a check tried on another reading of the page).</summary>
    public void Rollback(int mark)
    {
        for (var i = _findings.Count - 1; i >= mark; i--)
        {
            var f = _findings[i];
            foreach (var list in _byToken.Values) list.RemoveAll(x => ReferenceEquals(x, f));
            _findings.RemoveAt(i);
        }
    }

    /// <summary>Adds a finding that belongs to no token (a fee amount, the page subject).</summary>
    public void Add(Finding finding) => _findings.Add(finding);

    public IReadOnlyList<Finding> FindingsOf(CodeToken token) => _byToken.TryGetValue(token, out var l) ? l : [];

    /// <summary>Records which source row confirmed the token (first note wins).</summary>
    public void Confirm(CodeToken token, string note) => _confirmed.TryAdd(token, note);

    public void Unverifiable(CodeToken token, string reason) => _unverifiable.TryAdd(token, reason);

    public string? ConfirmedNote(CodeToken token) => _confirmed.GetValueOrDefault(token);

    public string? UnverifiableReason(CodeToken token) => _unverifiable.GetValueOrDefault(token);

    /// <summary>Remembers whether a token's code exists, so later checks only judge codes that do.</summary>
    public void SetExists(CodeToken token, bool exists) => _exists[Key(token)] = exists;

    public bool Exists(CodeToken token) => _exists.GetValueOrDefault(Key(token));

    /// <summary>The text a token stands in: its table row (cells joined by pipes) or its paragraph.</summary>
    public string LineText(CodeToken token) =>
        token.Row is { } row ? string.Join(" | ", row.Cells) : Page.Paragraphs.FirstOrDefault(p => p.Line == token.Line)?.Text ?? "";

    /// <summary>Evidence naming each current file of the datasets (row 0: the whole file), for findings about absence.</summary>
    public IReadOnlyList<Evidence> Searched(string detail, params string[] datasets) =>
        datasets.SelectMany(d => Reference.Loaded[d]).Select(s => new Evidence(new SourceRef(s.Dataset, s.FileName, s.Version, 0), detail)).ToList();

    private static string Key(CodeToken t) => $"{t.Set}:{t.Code}";
}
