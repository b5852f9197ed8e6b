using System.CommandLine;
using CodeBrief.Ingest.Tic;

namespace CodeBrief.Cli.Commands;

/// <summary><c>codebrief toc FILE [--plan TEXT] [--description TEXT] [--urls]</c>: lists the plans and files of a table-of-contents file.</summary>
public static class TocCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A table-of-contents (index) file" };
        var plan = new Option<string?>("--plan") { Description = "Keep structures with a plan whose name or id contains TEXT" };
        var description = new Option<string?>("--description") { Description = "Keep files whose description contains TEXT" };
        var urls = new Option<bool>("--urls") { Description = "Print only the selected file URLs, one per line (for `codebrief ingest`)" };
        var command = new Command("toc", "List the plans and files of a TiC table-of-contents file") { file, plan, description, urls };
        command.SetAction((parse, ct) =>
        {
            var path = parse.GetValue(file)!.FullName; // the argument is required
            var toc = TableOfContentsReader.ReadFile(path);
            var selected = toc.Select(parse.GetValue(plan), parse.GetValue(description));
            if (parse.GetValue(urls))
            {
                foreach (var s in selected) foreach (var f in s.Files) output.WriteLine(f.Location);
                return Task.FromResult(ExitCodes.Success);
            }
            output.WriteLine($"{toc.ReportingEntityName} ({toc.ReportingEntityType}); last updated {toc.LastUpdatedOn ?? "not given"}; version {toc.Version ?? "not given"}");
            foreach (var s in selected)
            {
                output.WriteLine($"structure {s.Index + 1}:");
                foreach (var p in s.Plans) output.WriteLine($"  plan: {p.PlanName} [{p.PlanIdType} {p.PlanId}, {p.PlanMarketType}]");
                foreach (var f in s.Files)
                {
                    var url = f.Location.Length > 100 ? f.Location[..100] + "…" : f.Location;
                    output.WriteLine($"  {f.Kind}: {f.Description} <{url}>");
                }
            }
            output.WriteLine($"{selected.Count} structure(s), {selected.Sum(s => s.Files.Count)} file(s) selected.");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
