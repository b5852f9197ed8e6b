using System.CommandLine;
using System.Text;
using CodeBrief.Analytics.Changes;
using CodeBrief.Core;
using CodeBrief.Dossier;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// <c>codebrief changes CODE [--json]</c>: what changed for one CPT/HCPCS code between the two newest loaded versions of each
/// dataset (RVUs, status, indicators, fees), each value with its file row; "no change" is said as such.
/// </summary>
public static class ChangesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var code = new Argument<string>("CODE") { Description = "CPT/HCPCS code" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("changes", "Show what changed for a code between the two newest loaded versions of each dataset") { code, json };
        command.SetAction((parse, ct) =>
        {
            using var warehouse = BriefWarehouse.Open(globals.ResolveTarget(parse), error, parse.GetValue(globals.Verbose), ct);
            var dossier = new DossierBuilder(warehouse).Build(parse.GetValue(code) ?? "");
            output.Write(parse.GetValue(json)
                ? CodeBriefJson.Serialize(new { code = dossier.Code, changes = dossier.Changes }) + "\n"
                : Format(dossier.Code, dossier.Changes));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The text form: one block per dataset, one line per changed value with its rows before and after.</summary>
    internal static string Format(string code, IReadOnlyList<DatasetChanges> changes)
    {
        var text = new StringBuilder();
        text.Append(code).Append("  what changed between the two newest loaded versions of each dataset\n");
        if (changes.Count == 0) text.Append("\nNo loaded dataset holds this code.\n");
        foreach (var c in changes)
        {
            text.Append('\n').Append(c.Label).Append(" (").Append(c.Dataset).Append("): ");
            switch (c.State)
            {
                case ChangeState.OneVersionLoaded:
                    text.Append("only ").Append(c.CurrentVersion).Append(" is loaded; nothing to compare it with.\n");
                    continue;
                case ChangeState.NoChange:
                    text.Append(c.PreviousVersion).Append(" -> ").Append(c.CurrentVersion).Append(": no change.\n");
                    continue;
            }
            text.Append(c.PreviousVersion).Append(" -> ").Append(c.CurrentVersion).Append('\n');
            foreach (var row in c.Rows)
            {
                var kind = row.Kind switch { RowChangeKind.Added => " (added)", RowChangeKind.Removed => " (removed)", _ => "" };
                text.Append("  ").Append(row.Key).Append(kind).Append('\n');
                foreach (var field in row.Fields)
                    text.Append("    ").Append(field.Field).Append(": ").Append(field.Before ?? "(none)").Append(" -> ").Append(field.After ?? "(none)").Append('\n');
                text.Append("    rows: ").Append(row.Before?.ToString() ?? "(none)").Append(" -> ").Append(row.After?.ToString() ?? "(none)").Append('\n');
            }
        }
        return text.ToString();
    }
}
