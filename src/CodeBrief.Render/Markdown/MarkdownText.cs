using System.Text;
using CodeBrief.Brief.Model;
using CodeBrief.Core.Provenance;
using CodeBrief.Render.Citations;

namespace CodeBrief.Render.Markdown;

/// <summary>
/// The one text engine: writes brief sections as Markdown. The Markdown renderer prints it, the HTML renderer converts it
/// with Markdig block by block, and the JSON renderer embeds it per section, so the three formats never disagree. Facts carry
/// numbered citation marks that link to the cited row's entry under Sources; the row itself is the link's title (hover text).
/// </summary>
public static class MarkdownText
{
    /// <summary>The header of the column that holds a table row's sources; printed as citation marks.</summary>
    public const string SourceColumn = "Source";

    /// <summary>The body of one section (without its title), ending with a newline; the Sources section lists the cited rows.</summary>
    public static string SectionBody(BriefSection section, BriefCitations citations)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(citations);
        var sb = new StringBuilder();
        foreach (var block in section.Blocks)
        {
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(Block(block, citations));
        }
        if (section.Id == "sources" && citations.Entries.Count > 0)
        {
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(CitationList(citations));
        }
        return sb.ToString();
    }

    /// <summary>One block as Markdown, ending with a newline.</summary>
    public static string Block(BriefBlock block, BriefCitations citations)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(citations);
        var sb = new StringBuilder();
        switch (block)
        {
            case BriefHeading h: sb.Append("### ").Append(Escape(h.Text)).Append('\n'); break;
            case BriefParagraph p: sb.Append(Paragraph(p, citations)).Append('\n'); break;
            case BriefList l:
                foreach (var item in l.Items) sb.Append("- ").Append(Paragraph(item, citations)).Append('\n');
                break;
            case BriefTable t: Table(sb, t, citations); break;
            case BriefStateMap m: Table(sb, StateTable(m), citations); break;
            default: throw new InvalidOperationException($"No Markdown form for {block.GetType().Name}.");
        }
        return sb.ToString();
    }

    /// <summary>A paragraph with its citation marks after the text.</summary>
    public static string Paragraph(BriefParagraph p, BriefCitations citations)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(citations);
        var text = Escape(p.Text);
        return p.Sources.Count == 0 ? text : text + " " + Marks(p.Sources, citations);
    }

    /// <summary>The citation marks of <paramref name="sources"/>: <c>[1]</c> linking to <c>#src-1</c>, titled with the row.</summary>
    public static string Marks(IEnumerable<SourceRef> sources, BriefCitations citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var sb = new StringBuilder();
        foreach (var source in sources.Distinct())
        {
            var n = citations.Number(source);
            sb.Append("[\\[").Append(n).Append("\\]](#").Append(BriefCitations.Anchor(n)).Append(" \"")
              .Append(Title(BriefCitations.Describe(source))).Append("\")");
        }
        return sb.ToString();
    }

    /// <summary>The numbered list of cited rows (file, version, row, SHA-256), each with the anchor its marks link to.</summary>
    public static string CitationList(BriefCitations citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var sb = new StringBuilder("### Cited rows\n\n");
        var n = 0;
        foreach (var source in citations.Entries)
        {
            n++;
            sb.Append(n).Append(". <a id=\"").Append(BriefCitations.Anchor(n)).Append("\"></a>").Append(Escape(CitationText(source, citations))).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>A cited row in words: file, version, row and SHA-256 (or "editorial table" when the source has no file hash).</summary>
    public static string CitationText(SourceRef source, BriefCitations citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var row = source.Row > 0 ? $", row {source.Row}" : ", whole file";
        return $"{source.File}, version {source.Version}{row}; "
            + (citations.Sha256(source) is { } sha ? $"SHA-256 {sha}" : "editorial table in CodeBrief (no file hash)");
    }

    /// <summary>A state map as its table alternative: state, amount, citations.</summary>
    public static BriefTable StateTable(BriefStateMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new BriefTable(["State", map.Caption, SourceColumn],
            map.States.Select(s => (IReadOnlyList<BriefCell>)[BriefCell.Label(s.State), new BriefCell(s.Text, s.Sources), new BriefCell("", s.Sources)]).ToList());
    }

    private static void Table(StringBuilder sb, BriefTable t, BriefCitations citations)
    {
        var sourceColumn = BriefCitations.SourceColumn(t);
        sb.Append("| ").AppendJoin(" | ", t.Header.Select(Cell)).Append(" |\n");
        sb.Append('|').AppendJoin("|", t.Header.Select(_ => "---")).Append("|\n");
        foreach (var row in t.Rows)
        {
            // The Source column holds the row's citation marks; a table without one cites the row after its last cell.
            var cells = row.Select((c, i) => i == sourceColumn ? Marks(c.Sources, citations) : Cell(c.Text)).ToList();
            if (sourceColumn < 0 && row.SelectMany(c => c.Sources).Any())
                cells[^1] = (cells[^1] + " " + Marks(row.SelectMany(c => c.Sources), citations)).Trim();
            sb.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
        }
    }

    private static string Cell(string text) => Escape(text).Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    // A link title is quoted: quotes and backslashes in it are escaped, brackets are safe.
    private static string Title(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>Escapes the characters Markdown would read as markup, so file text prints as it is.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            if (ch is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#') sb.Append('\\');
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
