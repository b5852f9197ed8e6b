using System.CommandLine;
using System.Text;
using CodeBrief.Core;
using CodeBrief.Dossier.Rules;

namespace CodeBrief.Cli.Commands;

/// <summary><c>codebrief rules [--json]</c>: the modifier rule table, each rule with its class, condition, basis and citation.</summary>
public static class RulesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("rules", "Show the modifier rule table: each rule's code class, modifiers, condition, basis and citation") { json };
        command.SetAction((parse, ct) =>
        {
            using var warehouse = BriefWarehouse.Open(globals.ResolveTarget(parse), error, parse.GetValue(globals.Verbose), ct);
            var rules = RuleCatalog.Publish(warehouse.Reference);
            output.Write(parse.GetValue(json) ? CodeBriefJson.Serialize(new { rules }) + "\n" : Text(rules));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The table as text, one block per rule.</summary>
    internal static string Text(IReadOnlyList<PublishedRule> rules)
    {
        var sb = new StringBuilder();
        foreach (var r in rules)
        {
            sb.Append(r.Id).Append("  [").Append(r.Class).Append("]  ").AppendJoin(", ", r.Modifiers.Select(m => m.Code)).Append('\n')
              .Append("  When:      ").Append(r.WhenToUse).Append('\n')
              .Append("  Condition: ").Append(r.Condition).Append('\n')
              .Append("  Basis:     ").Append(r.Basis).Append(": ").Append(r.Citation).Append(r.Editorial ? " (editorial: CodeBrief's own words)" : "").Append('\n');
            foreach (var m in r.Modifiers.Where(m => m.Source is not null))
                sb.Append("  ").Append(m.Code).Append(": ").Append(m.Description).Append(" (").Append(m.Source).Append(")\n");
        }
        sb.Append(rules.Count).Append(" rules.\n");
        return sb.ToString();
    }
}
