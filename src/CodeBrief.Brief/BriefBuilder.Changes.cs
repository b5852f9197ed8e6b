using CodeBrief.Analytics.Changes;
using CodeBrief.Brief.Model;
using CodeBrief.Dossier;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    /// <summary>The most changed fields a brief lists per dataset; <c>codebrief changes</c> lists them all.</summary>
    private const int MaxChangeRows = 12;

    private static BriefSection Changes(CodeDossier d)
    {
        var blocks = new List<BriefBlock>
        {
            new BriefParagraph("What changed for this code between the two newest loaded versions of each dataset (a dataset loaded once has nothing to compare)."),
        };
        if (d.Changes.Count == 0) blocks.Add(new BriefParagraph($"Versions compared: {Na}"));
        foreach (var c in d.Changes)
        {
            switch (c.State)
            {
                case ChangeState.OneVersionLoaded:
                    blocks.Add(new BriefParagraph($"{c.Label}: only one version is loaded ({c.CurrentVersion}); nothing to compare it with."));
                    break;
                case ChangeState.NoChange:
                    blocks.Add(new BriefParagraph($"{c.Label}: no change between {c.PreviousVersion} and {c.CurrentVersion}."));
                    break;
                default:
                    var lines = ChangeLines(c).ToList();
                    // No counts in the text: every number a brief prints is a fact of its dossier.
                    blocks.Add(new BriefParagraph($"{c.Label}: changed between {c.PreviousVersion} and {c.CurrentVersion}"
                        + (lines.Count > MaxChangeRows ? $"; the first changes are listed, `codebrief changes {d.Code}` lists every one." : ".")));
                    blocks.Add(new BriefTable(["Row", "Field", "Before", "After", "Source"], [.. lines.Take(MaxChangeRows)]));
                    break;
            }
        }
        return new BriefSection("changes", "What Changed", blocks);
    }

    private static IEnumerable<IReadOnlyList<BriefCell>> ChangeLines(DatasetChanges c)
    {
        foreach (var row in c.Rows)
        {
            var sources = new[] { row.Before, row.After }.OfType<Core.Provenance.SourceRef>().ToList();
            foreach (var field in row.Fields)
                yield return
                [
                    BriefCell.Label(row.Kind == RowChangeKind.Changed ? row.Key : $"{row.Key} ({(row.Kind == RowChangeKind.Added ? "added" : "removed")})"),
                    BriefCell.Label(field.Field),
                    row.Before is { } before ? BriefCell.Fact(Shown(field.Before), before) : BriefCell.Label("(none)"),
                    row.After is { } after ? BriefCell.Fact(Shown(field.After), after) : BriefCell.Label("(none)"),
                    new BriefCell(string.Join("; ", sources), sources),
                ];
        }
    }

    private static string Shown(string? value) => string.IsNullOrEmpty(value) ? "(blank)" : value;
}
