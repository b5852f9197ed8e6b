using System.Text.RegularExpressions;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Verify.Page;

/// <summary>
/// Finds code-like tokens: every code cell of a table (the header says which code set), and in running text the
/// shapes that cannot be mistaken for other numbers (<c>CPT 12345</c>, <c>0690T</c>, <c>G0103</c>, <c>C50.911</c>,
/// taxonomy codes). Bare five-digit numbers in running text are left alone: they may be ZIP codes or counts.
/// </summary>
public static partial class TokenExtractor
{
    /// <summary>Every token on <paramref name="page"/>, in page order; the subject's own mentions in running text are skipped.</summary>
    public static IReadOnlyList<CodeToken> Extract(PageDocument page, string subject)
    {
        var tokens = new List<CodeToken>();
        foreach (var table in page.Tables) FromTable(table, tokens);
        foreach (var p in page.Paragraphs) FromText(p, subject, tokens);
        return tokens.OrderBy(t => t.Line).ThenBy(t => t.InTable ? 0 : 1).ToList();
    }

    private static void FromTable(PageTable table, List<CodeToken> tokens)
    {
        var description = table.IndexOf(ColumnRole.Description);
        var relationship = table.IndexOf(ColumnRole.Relationship);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (table.Columns[c] is not { Role: ColumnRole.Code, CodeSet: { } set }) continue;
            foreach (var row in table.Rows)
            {
                var cell = row.Cell(c);
                if (cell.Length == 0 || cell.StartsWith(NotAvailable.Text, StringComparison.OrdinalIgnoreCase)) continue;
                var desc = description >= 0 && description != c ? NullIfEmpty(row.Cell(description)) : null;
                var rel = relationship >= 0 ? NullIfEmpty(row.Cell(relationship)) : null;
                string? procedure = null;
                var first = true;
                foreach (var text in CellCodes(cell, set, table.Columns[c].IsGeneric))
                {
                    var own = table.Columns[c].IsGeneric ? ShapeOf(text) ?? set : set;
                    var code = Normalise(text, own);
                    // The description cell describes the first code of the cell; a modifier after a procedure code modifies that code.
                    var appliesTo = own == CodeSet.Modifier ? procedure : null;
                    tokens.Add(new CodeToken(text, code, own, row.Line, table.Section, table, row, first ? desc : null, rel, appliesTo));
                    if (own == CodeSet.Procedure) procedure = code;
                    first = false;
                }
            }
        }
    }

    /// <summary>The codes in one code cell: a list separated by commas, slashes or spaces, up to the first word that is no code.</summary>
    private static IEnumerable<string> CellCodes(string cell, CodeSet set, bool generic)
    {
        // A hyphen separates a code from its modifier (99213-25); no code set uses one inside a code.
        var parts = cell.Split([',', ';', '/', ' ', '\t', '-'], StringSplitOptions.RemoveEmptyEntries);
        var any = false;
        foreach (var raw in parts)
        {
            var part = raw.Trim('-', '(', ')', '[', ']', '*', '.', ':');
            if (part.Length == 0) continue;
            if (generic ? ShapeOf(part) is null : !LooksLikeCode(part, set)) break;
            any = true;
            yield return part;
        }
        // A cell whose first word has digits but no valid shape is still a code claim (a five-digit number under ICD-10).
        if (!any && parts.Length > 0 && parts[0].Any(char.IsAsciiDigit) && parts[0].All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '.'))
            yield return parts[0];
    }

    /// <summary>The code set a code's shape alone implies, for columns headed just "Code".</summary>
    private static CodeSet? ShapeOf(string part) =>
        TaxonomyCode.TryParse(part, out _) ? CodeSet.Taxonomy
        : HcpcsCode.TryParse(part, out _) ? CodeSet.Procedure
        : LooksLikeCode(part, CodeSet.Modifier) ? CodeSet.Modifier
        : LooksLikeCode(part, CodeSet.Icd10Cm) ? CodeSet.Icd10Cm
        : null;

    // Modifiers and diagnosis codes must be written in upper case here: the parsers ignore case, and in lower case
    // two- and three-letter words ("to", "the") would pass for them.
    private static bool LooksLikeCode(string part, CodeSet set) => set switch
    {
        CodeSet.Modifier => ModifierCode.TryParse(part, out var modifier) && modifier.Value == part,
        CodeSet.Taxonomy => TaxonomyCode.TryParse(part, out _),
        CodeSet.Icd10Cm => IcdCode.TryParse(part, out _) && char.IsAsciiLetterUpper(part[0]),
        _ => HcpcsCode.TryParse(part, out _),
    };

    private static void FromText(PageParagraph p, string subject, List<CodeToken> tokens)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in ProseRegex().Matches(p.Text))
        {
            CodeSet set;
            string text;
            if (m.Groups["tax"].Success) { set = CodeSet.Taxonomy; text = m.Groups["tax"].Value; }
            else if (m.Groups["icd"].Success)
            {
                set = CodeSet.Icd10Cm;
                text = m.Groups["icd"].Value;
                // Running text holds dotted words (CMS.GOV); only a digit second marks a diagnosis code there. The few
                // FY2026 codes with a letter second (QA0.0101) are still read from tables, whose header names the code set.
                if (!char.IsAsciiDigit(text[1])) continue;
            }
            else { set = CodeSet.Procedure; text = m.Groups["kw"].Success ? m.Groups["kw"].Value : m.Groups["proc"].Value; }
            var code = Normalise(text, set);
            if (set == CodeSet.Procedure && code == subject) continue;
            if (!seen.Add(code)) continue;
            tokens.Add(new CodeToken(text, code, set, p.Line, p.Section, null, null, null, null));
        }
    }

    /// <summary>Upper case; ICD-10-CM codes lose their dot (the warehouse stores them without it).</summary>
    public static string Normalise(string text, CodeSet set)
    {
        var up = text.Trim().ToUpperInvariant();
        return set == CodeSet.Icd10Cm ? up.Replace(".", "", StringComparison.Ordinal) : up;
    }

    // A bare five-digit number is left to the keyword branch: in running text it may be a ZIP code or a count.
    [GeneratedRegex(@"(?<![\w.-])(?:(?<tax>" + TaxonomyCode.Pattern + ")|(?<icd>" + IcdCode.DottedPattern + @")|(?:CPT|HCPCS)(?:®)?(?:\s+codes?)?\s+(?<kw>"
        + HcpcsCode.Pattern + @")|(?<proc>(?![0-9]{5})" + HcpcsCode.Pattern + @"))(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex ProseRegex();

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
