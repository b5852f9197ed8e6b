using System.CommandLine;
using CodeBrief.Core;
using CodeBrief.Sources.Payers;

namespace CodeBrief.Cli.Commands;

/// <summary><c>codebrief payers [NAME] [--json]</c>: the payers CodeBrief knows and where their tables of contents start.</summary>
public static class PayersCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var name = new Argument<string?>("NAME") { Description = "Show only payers whose name or alias contains NAME", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("payers", $"List known payers and their table-of-contents entry points (shipped list, extended by {PayerDirectory.HomeFileName} in the home)") { name, json };
        command.SetAction((parse, ct) =>
        {
            var directory = PayerDirectory.Load(globals.ResolveHome(parse));
            var text = parse.GetValue(name);
            var payers = text is null ? directory.Payers : [.. directory.Payers.Where(p => p.Mentions(text))];
            if (parse.GetValue(json))
            {
                output.WriteLine(CodeBriefJson.Serialize(new { payers }));
                return Task.FromResult(ExitCodes.Success);
            }
            foreach (var payer in payers)
            {
                output.WriteLine($"{payer.Name}{(payer.Family is { } f ? $" [{f}]" : "")}");
                foreach (var e in payer.EntryPoints)
                {
                    output.WriteLine($"  {e.Kind}: {e.Url}{(e.Description is { } d ? $" ({d})" : "")}");
                    output.WriteLine($"    source: {e.Source}");
                }
            }
            output.WriteLine($"{payers.Count} payer(s). `codebrief rates fetch --payer NAME` crawls a payer's toc and toc-monthly entry points; for a page, pick a table of contents there and pass --toc URL.");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
