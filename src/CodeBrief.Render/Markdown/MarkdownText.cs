using System.Text;
using CodeBrief.Brief.Model;

namespace CodeBrief.Render.Markdown;

/// <summary>
/// The one text engine: writes brief sections as Markdown. The Markdown renderer prints it, the HTML renderer converts it
/// with Markdig, and the JSON renderer embeds it per section, so the three formats never disagree.
/// </summary>
public static class MarkdownText
{
    /// <summary>The body of one section (without its title), ending with a newline.</summary>
    public static string SectionBody(BriefSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var sb = new StringBuilder();
        foreach (var block in section.Blocks)
        {
            if (sb.Length > 0) sb.Append('\n');
            switch (block)
            {
                case BriefHeading h: sb.Append("### ").Append(Escape(h.Text)).Append('\n'); break;
                case BriefParagraph p: sb.Append(Paragraph(p)).Append('\n'); break;
                case BriefList l:
                    foreach (var item in l.Items) sb.Append("- ").Append(Paragraph(item)).Append('\n');
                    break;
                case BriefTable t: Table(sb, t); break;
                default: throw new InvalidOperationException($"No Markdown form for {block.GetType().Name}.");
            }
        }
        return sb.ToString();
    }

    /// <summary>A paragraph with its sources in brackets after the text.</summary>
    public static string Paragraph(BriefParagraph p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var text = Escape(p.Text);
        return p.Sources.Count == 0 ? text : $"{text} [Source: {Escape(string.Join("; ", p.Sources.Distinct().Select(s => s.ToString())))}]";
    }

    private static void Table(StringBuilder sb, BriefTable t)
    {
        sb.Append("| ").AppendJoin(" | ", t.Header.Select(Cell)).Append(" |\n");
        sb.Append('|').AppendJoin("|", t.Header.Select(_ => "---")).Append("|\n");
        foreach (var row in t.Rows)
            sb.Append("| ").AppendJoin(" | ", row.Select(c => Cell(c.Text))).Append(" |\n");
    }

    private static string Cell(string text) => Escape(text).Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

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
