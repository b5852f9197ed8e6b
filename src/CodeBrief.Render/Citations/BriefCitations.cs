using System.Globalization;
using CodeBrief.Brief.Model;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Render.Citations;

/// <summary>
/// The numbered citations of one brief: every source row the brief cites, numbered in the order it is first cited (the
/// descriptor's row first, then section by section). Markdown and HTML print the number after a fact and link it to the
/// row's entry in the Sources section, which names the file, version, row and the file's SHA-256.
/// </summary>
public sealed class BriefCitations
{
    private readonly Dictionary<SourceRef, int> _numbers = [];
    private readonly List<SourceRef> _order = [];
    private readonly Dictionary<(string File, string Version), string> _sha = [];

    private BriefCitations() { }

    /// <summary>Numbers every source the brief cites.</summary>
    public static BriefCitations Of(BriefDocument brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var c = new BriefCitations();
        foreach (var s in brief.Dossier.Sources) c._sha.TryAdd((s.File, s.Version), s.Sha256);
        if (brief.DescriptorSource is { } d) c.Add(d);
        foreach (var section in brief.Sections)
            foreach (var block in section.Blocks)
                foreach (var source in SourcesOf(block)) c.Add(source);
        return c;
    }

    /// <summary>The cited rows in citation order (number 1 first).</summary>
    public IReadOnlyList<SourceRef> Entries => _order;

    /// <summary>The number of <paramref name="source"/> (1-based).</summary>
    public int Number(SourceRef source) => _numbers.TryGetValue(source, out var n)
        ? n : throw new InvalidOperationException($"{source} is not cited by this brief.");

    /// <summary>The anchor id of a citation's entry in the Sources section.</summary>
    public static string Anchor(int number) => "src-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The row as a hover text and list entry: <c>file (version), row N</c>.</summary>
    public static string Describe(SourceRef source) => source.ToString();

    /// <summary>The SHA-256 of the cited file, or null for an editorial table (no file hash).</summary>
    public string? Sha256(SourceRef source) => _sha.TryGetValue((source.File, source.Version), out var sha) && sha.Length > 0 ? sha : null;

    /// <summary>The distinct sources of a list, in their order, as citation numbers.</summary>
    public IReadOnlyList<int> NumbersOf(IEnumerable<SourceRef> sources) =>
        sources.Distinct().Select(Number).Distinct().ToList();

    private void Add(SourceRef source)
    {
        if (_numbers.ContainsKey(source)) return;
        _order.Add(source);
        _numbers[source] = _order.Count;
    }

    /// <summary>
    /// Every source a block cites, in reading order: what the renderers print as marks. A table with a Source column cites
    /// that column's sources (other cells' sources are the same rows or rows behind a computed figure); a table without one
    /// cites every cell's sources after its row.
    /// </summary>
    public static IEnumerable<SourceRef> SourcesOf(BriefBlock block) => block switch
    {
        BriefParagraph p => p.Sources,
        BriefList l => l.Items.SelectMany(i => i.Sources),
        BriefTable t when SourceColumn(t) is var at and >= 0 => t.Rows.SelectMany(r => r[at].Sources),
        BriefTable t => t.Rows.SelectMany(r => r.SelectMany(c => c.Sources)),
        BriefStateMap m => m.States.SelectMany(s => s.Sources),
        _ => [],
    };

    /// <summary>The index of a table's Source column (<see cref="Markdown.MarkdownText.SourceColumn"/>), or -1.</summary>
    public static int SourceColumn(BriefTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        for (var i = table.Header.Count - 1; i >= 0; i--) if (table.Header[i] == Markdown.MarkdownText.SourceColumn) return i;
        return -1;
    }
}
