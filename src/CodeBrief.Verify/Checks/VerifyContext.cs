using CodeBrief.Core.Provenance;
using CodeBrief.Verify.Data;
using CodeBrief.Verify.Page;

namespace CodeBrief.Verify.Checks;

/// <summary>What every check reads (page, subject, reference data) and writes (findings, per-token notes).</summary>
internal sealed class VerifyContext(PageDocument page, string subject, ReferenceData data, DateOnly asOf, IReadOnlyList<CodeToken> tokens)
{
    private readonly List<Finding> _findings = [];
    private readonly Dictionary<CodeToken, List<Finding>> _byToken = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<CodeToken, string> _confirmed = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<CodeToken, string> _unverifiable = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, bool> _exists = new(StringComparer.Ordinal);

    public PageDocument Page { get; } = page;
    public string Subject { get; } = subject;
    public ReferenceData Data { get; } = data;
    public DateOnly AsOf { get; } = asOf;
    public IReadOnlyList<CodeToken> Tokens { get; } = tokens;
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>The subject's fee schedule rows, read once.</summary>
    public IReadOnlyList<PfsEntry> SubjectPfs => field ??= Data.IsLoaded("pfs_rvu") ? Data.Pfs(Subject) : [];
    public IReadOnlyList<ClfsEntry> SubjectClfs => field ??= Data.IsLoaded("clfs") ? Data.Clfs(Subject) : [];

    public void Add(CodeToken token, Severity severity, string kind, string message, IReadOnlyList<Evidence> evidence, string? suggestion)
    {
        var finding = new Finding(severity, token.Line, token.Text, kind, message, evidence, suggestion, token.Section);
        _findings.Add(finding);
        if (!_byToken.TryGetValue(token, out var list)) _byToken[token] = list = [];
        list.Add(finding);
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

    /// <summary>Evidence naming a whole loaded file (row 0), for findings about absence.</summary>
    public IReadOnlyList<Evidence> Searched(string detail, params string[] tables) =>
        tables.Select(t => Data.FileOf(t)).OfType<SourceRef>().Select(s => new Evidence(s, detail)).ToList();

    private static string Key(CodeToken t) => $"{t.Set}:{t.Code}";
}
