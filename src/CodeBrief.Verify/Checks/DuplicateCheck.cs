using CodeBrief.Core.Provenance;

namespace CodeBrief.Verify.Checks;

/// <summary>The same code twice in one table: the later rows are duplicates of the first.</summary>
internal static class DuplicateCheck
{
    public static void Run(VerifyContext c)
    {
        foreach (var group in c.Tokens.Where(t => t.Table is not null).GroupBy(t => (t.Table, t.Set, t.Code)))
        {
            var first = group.First();
            foreach (var t in group.Skip(1).Where(t => t.Line != first.Line))
                c.Add(t, Severity.Warning, FindingKind.Duplicate,
                    $"{t.Text} is listed twice in this table (first on line {first.Line}).",
                    [new Evidence(new SourceRef("page", c.Page.File, "", first.Line), $"first listing: {first.Text} | {first.Description}")],
                    $"Merge the row on line {t.Line} into the one on line {first.Line}.");
        }
    }
}
