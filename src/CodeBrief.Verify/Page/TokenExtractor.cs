using System.Text.RegularExpressions;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Provenance;

namespace CodeBrief.Verify.Page;

/// <summary>
/// Finds code claims: every code cell of a table (the header, else the section heading, else the code's shape says which
/// code set), and in running text the shapes that cannot be mistaken for other numbers (<c>CPT 12345</c>, <c>0690T</c>,
/// <c>G0103</c>, <c>C50.911</c>, taxonomy codes, <c>86320-TC</c>, "modifier 50", "ICD-10-CM E11"). Bare five-digit numbers
/// in running text are left alone: they may be ZIP codes or counts. Codes of systems no loaded source holds (place of
/// service, LOINC, SNOMED CT, NDC, revenue codes, DAW, ICD-9-CM) are kept apart so that none is read as a wrong CPT code.
/// </summary>
public static partial class TokenExtractor
{
    /// <summary>Every token on <paramref name="page"/>, in page order; the page subject's own bare mentions in running text are skipped.</summary>
    /// <param name="page">The page.</param>
    /// <param name="subject">The page's code (title or <c>--subject</c>), or null when the page names none.</param>
    public static IReadOnlyList<CodeToken> Extract(PageDocument page, string? subject)
    {
        var tokens = new List<CodeToken>();
        foreach (var table in page.Tables) FromTable(table, subject, tokens);
        foreach (var p in page.Paragraphs) FromText(p, subject, tokens);
        return tokens.OrderBy(t => t.Line).ThenBy(t => t.InTable ? 0 : 1).ToList();
    }

    private static void FromTable(PageTable table, string? subject, List<CodeToken> tokens)
    {
        var description = table.IndexOf(ColumnRole.Description);
        var relationship = table.IndexOf(ColumnRole.Relationship);
        var sectionSet = PageColumn.ForeignSet(table.Section.ToUpperInvariant());
        var fallback = ClaimScope.Fallback(table.Section, subject);
        var generic = ClaimScope.IsGenericHeading(table.Section);
        foreach (var row in table.Rows)
        {
            var rowTokens = new List<CodeToken>();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (table.Columns[c] is not { Role: ColumnRole.Code, CodeSet: { } set }) continue;
                var isGeneric = table.Columns[c].IsGeneric;
                var icd9Aside = Icd9Regex().IsMatch(table.Section) || Icd9Regex().IsMatch(table.Columns[c].Header);
                // A bare "Code" column under a "Place of service" or "LOINC" heading holds that system's codes.
                if (isGeneric && sectionSet is { } headingSet) { set = headingSet; isGeneric = false; }
                var cell = row.Cell(c);
                if (cell.Length == 0 || cell.StartsWith(NotAvailable.Text, StringComparison.OrdinalIgnoreCase)) continue;
                var desc = description >= 0 && description != c ? NullIfEmpty(row.Cell(description)) : null;
                var rel = relationship >= 0 ? NullIfEmpty(row.Cell(relationship)) : null;
                string? procedure = null;
                var first = true;
                foreach (var (text, own) in CellCodes(cell, set, isGeneric, icd9Aside))
                {
                    var code = Normalise(text, own);
                    // The description cell describes the first code of the cell; a modifier after a procedure code modifies that code.
                    var appliesTo = own == CodeSet.Modifier ? procedure : null;
                    rowTokens.Add(new CodeToken(text, code, own, row.Line, table.Section, table, row, first ? desc : null, rel, appliesTo));
                    if (own == CodeSet.Procedure) procedure ??= code;
                    first = false;
                }
            }
            // The claims of a row belong to the row's procedure code, else to the heading's or the page's.
            var rowCode = rowTokens.FirstOrDefault(t => t.Set == CodeSet.Procedure)?.Code;
            var scope = rowCode ?? fallback;
            tokens.AddRange(rowTokens.Select(t => t with { Scope = t.Set == CodeSet.Procedure ? t.Code : t.AppliesTo ?? scope, Generic = generic && rowCode is null }));
        }
    }

    /// <summary>
    /// The codes in one code cell: a list separated by commas, slashes or spaces, up to the first word that is no code. Where
    /// the header or heading names ICD-9 (<paramref name="icd9Aside"/>), a diagnosis code in parentheses is the old ICD-9-CM
    /// equivalent ("Z12.31 (V76.11 or V76.12)" under "ICD-10-CM (ICD-9-CM) Codes").
    /// </summary>
    private static IEnumerable<(string Text, CodeSet Set)> CellCodes(string cell, CodeSet set, bool generic, bool icd9Aside)
    {
        // A foreign system's column: the first word is its code, listed as not verifiable.
        if (set is not (CodeSet.Procedure or CodeSet.Icd10Cm or CodeSet.Taxonomy or CodeSet.Modifier))
        {
            var word = cell.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries)[0].Trim('(', ')', '*', '.', ':');
            if (word.Length > 0) yield return (word, set);
            yield break;
        }
        var firstWord = cell.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries)[0].Trim('(', ')', '*', ':');
        // Another system's shape in a CPT or bare code column (a LOINC 4548-4, an NDC, a SNOMED CT id) is never a wrong CPT code.
        if (set == CodeSet.Procedure && ForeignShape(firstWord) is { } foreign)
        {
            yield return (firstWord, foreign);
            yield break;
        }
        // A hyphen separates a code from its modifier (99213-25); no code set uses one inside a code.
        var parts = cell.Split([',', ';', '/', ' ', '\t', '-'], StringSplitOptions.RemoveEmptyEntries);
        var any = false;
        var inParentheses = false;
        foreach (var raw in parts)
        {
            inParentheses |= raw.StartsWith('(');
            var part = raw.Trim('-', '(', ')', '[', ']', '*', '.', ':');
            if (part.Length == 0) continue;
            var own = generic ? ShapeOf(part) : LooksLikeCode(part, set) ? set : (CodeSet?)null;
            if (own == CodeSet.Icd10Cm && inParentheses && icd9Aside) own = CodeSet.Icd9Cm;
            if (raw.EndsWith(')')) inParentheses = false;
            // After a procedure code, a two-character part is its modifier (99214-95, 86320 TC).
            if (own is null && any && set == CodeSet.Procedure && LooksLikeCode(part, CodeSet.Modifier)) own = CodeSet.Modifier;
            if (own is not { } s) break;
            any = true;
            yield return (part, s);
        }
        // A cell whose first word has digits but no valid shape is still a code claim (a five-digit number under ICD-10); under
        // a bare "Code" header it is a code of a system the shape does not tell ("106H00000N"), claimed of none we hold.
        if (!any && !generic && parts.Length > 0 && parts[0].Any(char.IsAsciiDigit) && parts[0].All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '.'))
            yield return (parts[0], set);
    }

    /// <summary>The system a code of another shape belongs to: LOINC (<c>4548-4</c>), NDC, SNOMED CT (6 to 18 digits); else null.</summary>
    internal static CodeSet? ForeignShape(string word) =>
        LoincRegex().IsMatch(word) ? CodeSet.Loinc
        : NdcRegex().IsMatch(word) ? CodeSet.Ndc
        : SnomedRegex().IsMatch(word) ? CodeSet.Snomed
        : null;

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
        // Every ICD-10-CM code has a digit and is printed in capitals; "Most" and "Non" in a column headed ICD-10-CM are words.
        CodeSet.Icd10Cm => IcdCode.TryParse(part, out _) && char.IsAsciiLetterUpper(part[0]) && part.Any(char.IsAsciiDigit) && !part.Any(char.IsAsciiLetterLower),
        _ => HcpcsCode.TryParse(part, out _),
    };

    private static void FromText(PageParagraph p, string? subject, List<CodeToken> tokens)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var fallback = ClaimScope.Fallback(p.Section, subject);
        foreach (var (start, sentence) in ClaimScope.Sentences(p.Text))
        {
            var found = new List<(int Index, CodeToken Token)>();
            foreach (Match m in ProseRegex().Matches(sentence))
            {
                CodeSet set;
                string text;
                string? appliesTo = null;
                if (m.Groups["pc"].Success)
                {
                    // 86320-TC: the procedure code and its modifier.
                    var proc = m.Groups["pc"].Value.ToUpperInvariant();
                    found.Add((m.Index, Token(m.Groups["pc"].Value, CodeSet.Procedure, p, sentence, m.Groups["pc"].Index + m.Groups["pc"].Length, null)));
                    found.Add((m.Groups["pm"].Index, Token(m.Groups["pm"].Value, CodeSet.Modifier, p, sentence, m.Groups["pm"].Index + 2, proc)));
                    continue;
                }
                if (m.Groups["mk"].Success)
                {
                    foreach (Capture cap in m.Groups["mk"].Captures)
                        found.Add((cap.Index, Token(cap.Value, CodeSet.Modifier, p, sentence, cap.Index + cap.Length, null)));
                    continue;
                }
                if (m.Groups["pos"].Success) { found.Add((m.Index, Token(m.Groups["pos"].Value, CodeSet.PlaceOfService, p, sentence, -1, null))); continue; }
                if (m.Groups["loinc"].Success) { found.Add((m.Index, Token(m.Groups["loinc"].Value, CodeSet.Loinc, p, sentence, -1, null))); continue; }
                if (m.Groups["ndc"].Success) { found.Add((m.Index, Token(m.Groups["ndc"].Value, CodeSet.Ndc, p, sentence, -1, null))); continue; }
                Group g;
                if (m.Groups["tax"].Success) { set = CodeSet.Taxonomy; g = m.Groups["tax"]; }
                else if (m.Groups["icdk"].Success)
                {
                    set = CodeSet.Icd10Cm;
                    g = m.Groups["icdk"];
                    // "ICD-10-CM FY2026 Official Guidelines": a fiscal year, not a code; a diagnosis code has a digit second.
                    if (!char.IsAsciiDigit(g.Value[1])) continue;
                }
                else if (m.Groups["icd"].Success)
                {
                    set = CodeSet.Icd10Cm;
                    g = m.Groups["icd"];
                    // Running text holds dotted words (CMS.GOV); only a digit second marks a diagnosis code there. The few
                    // FY2026 codes with a letter second (QA0.0101) are still read from tables, whose header names the code set.
                    if (!char.IsAsciiDigit(g.Value[1])) continue;
                }
                else if (m.Groups["bare"].Success)
                {
                    // A bare five-digit number is a code claim only in a sentence about coding or as a list item's code
                    // ("- 97110 – Therapeutic Exercise"), and not after "ZIP".
                    g = m.Groups["bare"];
                    if (!(CodingWordsRegex().IsMatch(sentence) || ListItemCodeRegex().IsMatch(sentence)) || ZipBefore(sentence, g.Index)) continue;
                    found.Add((g.Index, Token(g.Value, CodeSet.Procedure, p, sentence, g.Index + g.Length, null) with { Bare = true }));
                    continue;
                }
                else { set = CodeSet.Procedure; g = m.Groups["kw"].Success ? m.Groups["kw"] : m.Groups["proc"]; }
                if (set == CodeSet.Icd10Cm && Icd9Aside(sentence, p.Section, g.Index)) set = CodeSet.Icd9Cm;
                text = g.Value;
                found.Add((g.Index, Token(text, set, p, sentence, g.Index + g.Length, appliesTo)));
            }
            // The claims of a sentence belong to the procedure code before them in it, else to its first one, else to the heading's or page's.
            var firstProcedure = found.Where(f => f.Token.Set == CodeSet.Procedure).Select(f => f.Token.Code).FirstOrDefault();
            foreach (var (index, token) in found.OrderBy(f => f.Index))
            {
                var before = found.Where(f => f.Token.Set == CodeSet.Procedure && f.Index < index).Select(f => f.Token.Code).LastOrDefault();
                var scope = token.Set == CodeSet.Procedure ? token.Code : token.AppliesTo ?? before ?? firstProcedure ?? fallback;
                // A sentence that says not to use a modifier ("inappropriate to use modifier TC with 93005") claims nothing about its use.
                var claim = token with { Scope = scope, Line = p.Line, Generic = token.Set == CodeSet.Modifier && NegationRegex().IsMatch(sentence) };
                if (token.Set == CodeSet.Procedure && token.Code == subject && token.Description is null) continue;
                if (!seen.Add($"{token.Set}:{token.Code}:{token.AppliesTo}:{token.Description}")) continue;
                tokens.Add(claim);
            }
            _ = start;
        }
    }

    /// <summary>
    /// True when a diagnosis code of the sentence is an ICD-9-CM code: "ICD-9" stands right before it ("ICD-9 code V70.0"),
    /// or it sits in parentheses in a sentence or under a heading that names ICD-9 ("Z12.31 (V76.11 or V76.12)" under
    /// "ICD-10-CM (ICD-9-CM) Codes"). ICD-9-CM's V and E codes have ICD-10-CM's shape, so only the words can tell them apart.
    /// </summary>
    private static bool Icd9Aside(string sentence, string section, int index)
    {
        if (Icd9Regex().IsMatch(sentence[Math.Max(0, index - 20)..index])) return true;
        return ClaimScope.Depths(sentence)[index] > 0 && (Icd9Regex().IsMatch(sentence) || Icd9Regex().IsMatch(section));
    }

    private static CodeToken Token(string text, CodeSet set, PageParagraph p, string sentence, int end, string? appliesTo) =>
        new(text, Normalise(text, set), set, p.Line, p.Section, null, null, end >= 0 ? ProseDescription.After(sentence, end, set, end - text.Length) : null, null, appliesTo,
            RangeBound: end >= 0 && ProseDescription.IsRangeBound(sentence, end - text.Length, end));

    /// <summary>Upper case; ICD-10-CM codes lose their dot (the warehouse stores them without it).</summary>
    public static string Normalise(string text, CodeSet set)
    {
        var up = text.Trim().ToUpperInvariant();
        return set == CodeSet.Icd10Cm ? up.Replace(".", "", StringComparison.Ordinal) : up;
    }

    // Alternatives, first match wins at a position: a code with its modifier (86320-TC); "modifier(s) 50[, 51 and 59]"; a place
    // of service, LOINC or NDC named as such; a taxonomy code; "ICD-10-CM E11" (a category without a dot); a dotted
    // diagnosis code; "CPT 12345"; a procedure code that is not a bare five-digit number.
    [GeneratedRegex(@"(?<![\w.$/-])(?:(?<pc>" + HcpcsCode.Pattern + @")-(?<pm>" + ModifierCode.Pattern + @")(?![\w-])"
        + @"|(?i:modifiers?|mod\.)\s*[-:#]?\s*-?(?<mk>" + ModifierCode.Pattern + @")(?![\w-])(?:\s*(?:,|/|&|\band\b|\bor\b|,\s*and|,\s*or)\s*-?(?<mk>" + ModifierCode.Pattern + @")(?![\w-]))*"
        + @"|(?:POS|(?i:place of service))(?:\s+(?i:codes?))?\s*(?<pos>\d{2})(?!\d)"
        + @"|(?:LOINC)(?:\s+(?i:codes?))?\s*#?\s*(?<loinc>\d{1,5}-\d)(?!\d)"
        + @"|(?:NDC)(?:\s+(?i:codes?))?\s*#?\s*(?<ndc>\d{4,5}-\d{3,4}-\d{1,2})"
        + @"|(?<tax>" + TaxonomyCode.Pattern + @")"
        + @"|(?:ICD-10(?:-CM)?)(?:\s+(?i:codes?|category|categories))?\s+(?<icdk>" + IcdCode.Pattern + @")"
        + @"|(?<icd>" + IcdCode.DottedPattern + @")"
        + @"|(?:CPT|HCPCS)(?:®)?(?:\s+(?i:codes?))?\s+(?<kw>" + HcpcsCode.Pattern + @")"
        + @"|(?<proc>(?![0-9]{5})" + HcpcsCode.Pattern + @")"
        + @"|(?<bare>[0-9]{5}))(?![\w-]|\.\d|,\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ProseRegex();

    [GeneratedRegex(@"\b(?:not|never|inappropriate|incorrect|cannot|can't|don't|doesn't|shouldn't|invalid|wrong|avoid|instead of)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NegationRegex();

    private static bool ZipBefore(string sentence, int index) =>
        sentence[..index].TrimEnd().EndsWith("zip", StringComparison.OrdinalIgnoreCase) || sentence[..index].TrimEnd().EndsWith("zip code", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:CPT|HCPCS|codes?|modifiers?|bill(?:s|ed|ing)?|report(?:s|ed)?|append(?:ed)?|Medicare|claims?|taxonomy|global)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CodingWordsRegex();

    // A line that opens with a five-digit number, a dash or colon and words: the number is the item's code.
    [GeneratedRegex(@"^\s*(?:[-*\u2022]\s*)?\d{5}\s*(?:[\u2013\u2014:]|\s-\s)\s*[A-Za-z]", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemCodeRegex();

    [GeneratedRegex(@"\bICD[- ]?9\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Icd9Regex();

    [GeneratedRegex(@"^\d{1,5}-\d$", RegexOptions.CultureInvariant)]
    private static partial Regex LoincRegex();

    [GeneratedRegex(@"^(?:\d{4,5}-\d{3,4}-\d{1,2}|\d{11})$", RegexOptions.CultureInvariant)]
    private static partial Regex NdcRegex();

    [GeneratedRegex(@"^\d{6,18}$", RegexOptions.CultureInvariant)]
    private static partial Regex SnomedRegex();

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
