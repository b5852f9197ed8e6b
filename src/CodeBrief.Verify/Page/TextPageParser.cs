using System.Text.RegularExpressions;

namespace CodeBrief.Verify.Page;

/// <summary>
/// Reads Markdown and plain text with pipe tables. Tables are a header row, a separator row of dashes, then rows that
/// contain a pipe; generated pages often drop the leading or trailing pipe, so both are optional.
/// </summary>
public static partial class TextPageParser
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="file"/> is only recorded.</summary>
    public static PageDocument Parse(string file, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var page = new PageBuilder(file);
        // The title is the first line that names a code ("CPT 83789: …") near the top, else the first heading.
        for (var i = 0; i < Math.Min(lines.Length, 12) && !page.HasTitle; i++)
            if (SubjectPattern.IsTitle(StripMarkup(lines[i]))) page.Title(i + 1, StripHeading(StripMarkup(lines[i])));

        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var line = StripMarkup(raw).Trim();
            var lineNo = i + 1;
            if (line.Length == 0 || IsRule(line)) continue;
            if (line.Contains('|', StringComparison.Ordinal) && i + 1 < lines.Length && SeparatorRegex().IsMatch(lines[i + 1]))
            {
                i = ReadTable(lines, i, page);
                continue;
            }
            if (line.StartsWith('#'))
            {
                var heading = StripHeading(line);
                if (!page.HasTitle) page.Title(lineNo, heading);
                page.Heading(heading);
                continue;
            }
            if (lineNo == page.TitleLine) continue;
            // A short plain line under a plain heading that names a code ("CPT CODE 99454", then "Billed every 30 days") is a
            // line of that code's section, not a new section: the claims below it still belong to the code.
            if (LooksLikeHeading(line) && !(ClaimScope.OfHeading(page.CurrentSection) is not null && ClaimScope.OfHeading(line) is null)) page.Heading(line);
            else page.Paragraph(lineNo, line);
        }
        return page.Build();
    }

    /// <summary>Reads the table whose header is on line index <paramref name="start"/>; returns the index of its last line.</summary>
    private static int ReadTable(string[] lines, int start, PageBuilder page)
    {
        var headers = SplitCells(StripMarkup(lines[start]));
        var rows = new List<PageRow>();
        var i = start + 2;
        for (; i < lines.Length; i++)
        {
            var line = StripMarkup(lines[i]).Trim();
            if (line.Length == 0 || !line.Contains('|', StringComparison.Ordinal)) break;
            // A pipe line followed by a separator starts the next table.
            if (i + 1 < lines.Length && SeparatorRegex().IsMatch(lines[i + 1])) break;
            rows.Add(new PageRow(i + 1, SplitCells(line)));
        }
        page.Table(start + 1, headers, rows);
        return i - 1;
    }

    /// <summary>Splits a pipe row into trimmed cells; the outer pipes are optional and <c>\|</c> is a literal pipe.</summary>
    internal static IReadOnlyList<string> SplitCells(string line)
    {
        var s = line.Trim();
        if (s.StartsWith('|')) s = s[1..];
        if (s.EndsWith('|') && !s.EndsWith("\\|", StringComparison.Ordinal)) s = s[..^1];
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length && s[i + 1] == '|') { current.Append('|'); i++; continue; }
            if (s[i] == '|') { cells.Add(current.ToString().Trim()); current.Clear(); continue; }
            current.Append(s[i]);
        }
        cells.Add(current.ToString().Trim());
        return cells;
    }

    /// <summary>
    /// A plain-text heading: a short line in title or sentence case with no sentence punctuation. Generated pages
    /// write "Clinical &amp; Coding Specifications" on its own line; text lines end with a full stop or carry a colon.
    /// A parenthesis is part of a heading only where the line names no code.
    /// </summary>
    private static bool LooksLikeHeading(string line)
    {
        if (line.Length is < 3 or > 60 || !char.IsUpper(line[0])) return false;
        if (line.IndexOfAny([':', '.', ';', ',', '|', '?', '!', '$']) >= 0) return false;
        // "ICD-10-CM (ICD-9-CM) Codes" is a heading; "G0202 (screening)" on its own line is a list item about that code.
        if (line.Contains('(', StringComparison.Ordinal) && ClaimScope.OfHeading(line) is not null) return false;
        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 7;
    }

    private static bool IsRule(string line) => line.Trim('-', '*', '_', ' ', '=').Length == 0;

    private static string StripHeading(string line) => line.TrimStart('#').Trim();

    /// <summary>Removes emphasis and code spans so <c>**26**</c> and <c>`26`</c> read as 26.</summary>
    internal static string StripMarkup(string line) =>
        LinkRegex().Replace(line, "$1").Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);

    /// <summary>
    /// A Markdown link or image, <c>[text](target "title")</c>; only the text is page content. The text may hold escaped
    /// brackets and the quoted title parentheses, as a brief's citation marks do (<c>[\[3\]](#src-3 "PPRRVU2025_Oct.csv (RVU25D), row 10457")</c>):
    /// the file name and row number are no claims.
    /// </summary>
    [GeneratedRegex(@"!?\[((?:\\.|[^\]\\])*)\]\((?:[^()""]|""[^""]*"")*\)", RegexOptions.CultureInvariant)]
    private static partial Regex LinkRegex();

    [GeneratedRegex(@"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRegex();
}
