using System.Text.RegularExpressions;
using CodeBrief.Core.Provenance;
using CodeBrief.Verify.Page;

namespace CodeBrief.Verify.Checks;

/// <summary>
/// The same code twice in one table: the later rows are duplicates of the first. Rows that differ in a modifier column
/// (a fee table's 80047 and 80047-QW), or modifier rows that differ in a second modifier (RR and RR-KU), are different lines
/// of a schedule, not duplicates.
/// </summary>
internal static partial class DuplicateCheck
{
    public static void Run(VerifyContext c)
    {
        // The code as written in its cell (99214 against 99214-95, 71046 against 71046-26) keys it with any modifier it carries.
        foreach (var group in c.Tokens.Where(t => t.Table is { } table && !RepeatsByDesign(table)).GroupBy(t => (t.Table, t.Set, t.Code, ModifierCell(t), WrittenWith(t))))
        {
            var first = group.First();
            foreach (var t in group.Skip(1).Where(t => t.Line != first.Line))
                c.Add(t, Severity.Warning, FindingKind.Duplicate,
                    $"{t.Text} is listed twice in this table (first on line {first.Line}).",
                    [new Evidence(new SourceRef("page", c.Page.File, "", first.Line), $"first listing: {first.Text} | {first.Description}")],
                    $"Merge the row on line {t.Line} into the one on line {first.Line}.");
        }
    }

    /// <summary>
    /// True for tables whose rows are records or pairs, not a list of codes: one whose first column names a record (claim,
    /// note, patient, encounter, date, ID), or one with two code columns of the same set (Old CPT and New CPT, a crosswalk).
    /// Their codes repeat by design.
    /// </summary>
    private static bool RepeatsByDesign(PageTable table)
    {
        if (table.Columns.Count > 0 && table.Columns[0].Role != ColumnRole.Code && RecordHeaderRegex().IsMatch(table.Columns[0].Header)) return true;
        // A row per payer (Medicare, Aetna, Medicaid …) repeats the same modifier or place of service for each.
        if (table.IndexOf(ColumnRole.Payer) >= 0) return true;
        return table.Columns.Where(col => col.Role == ColumnRole.Code && col.CodeSet is not null).GroupBy(col => col.CodeSet).Any(g => g.Count() > 1);
    }

    [GeneratedRegex(@"\b(?:id|no|#|claims?|notes?|patients?|encounters?|visits?|dates?|dos|members?|accounts?)\b|#", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecordHeaderRegex();

    private static string WrittenWith(CodeToken t) =>
        t.Row?.Cells.FirstOrDefault(cell => cell.Contains(t.Text, StringComparison.Ordinal))?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";

    private static string ModifierCell(CodeToken t)
    {
        if (t.Table is not { } table || t.Row is not { } row) return "";
        // In a modifier table the modifier column is the code column itself: a row for RR and one for RR with KU (a
        // DMEPOS fee table's "RR" and "RR-KU") are two lines of a schedule, so the cell holding the token is the key.
        if (t.Set == CodeSet.Modifier) return row.Cells.FirstOrDefault(cell => cell.Contains(t.Text, StringComparison.Ordinal)) ?? "";
        for (var i = 0; i < table.Columns.Count; i++)
            if (table.Columns[i].Header.Contains("modifier", StringComparison.OrdinalIgnoreCase))
                return row.Cell(i);
        return "";
    }
}
