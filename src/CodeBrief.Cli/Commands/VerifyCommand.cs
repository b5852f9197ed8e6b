using System.CommandLine;
using CodeBrief.Verify;
using CodeBrief.Verify.Page;
using CodeBrief.Verify.Report;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// <c>codebrief verify FILE... [--subject CODE] [--json]</c>: audits code pages (Markdown, HTML, plain text with pipe
/// tables) against the code sets and fee schedules loaded in the warehouse. Exit 0 when clean, 1 when any finding is
/// at error level, 2 when a page is unusable (missing, unreadable, no subject), 3 when there is no warehouse.
/// </summary>
public static class VerifyCommand
{
    /// <summary>Creates the <c>verify</c> command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var files = new Argument<FileInfo[]>("FILE") { Description = "Pages to verify (Markdown, HTML or text with pipe tables)", Arity = ArgumentArity.OneOrMore };
        var subject = new Option<string?>("--subject") { Description = "The page's subject code, when its title does not name it (\"CPT 83789: …\")" };
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON (subject, findings[], checked[])" };
        var command = new Command("verify", "Check every code on a page against the loaded code sets, fee schedules and NCCI edits");
        command.Arguments.Add(files);
        command.Options.Add(subject);
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) =>
        {
            // Read every page first: an unusable page stops the run before anything is printed.
            var pages = (parse.GetValue(files) ?? []).Select(f => PageReader.Read(f.FullName)).ToList();
            using var warehouse = globals.ResolveTarget(parse).Open(WarehouseAccess.ReadOnly);
            var verifier = new PageVerifier(warehouse, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
            var reports = new List<VerificationReport>(pages.Count);
            foreach (var page in pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                reports.Add(verifier.Verify(page, parse.GetValue(subject)));
            }
            if (parse.GetValue(json)) output.WriteLine(JsonReportWriter.ToJson(reports));
            else
            {
                for (var i = 0; i < reports.Count; i++)
                {
                    if (i > 0) output.WriteLine();
                    HumanReportWriter.Write(output, reports[i]);
                }
            }
            return Task.FromResult(reports.Any(r => r.HasErrors) ? ExitCodes.Findings : ExitCodes.Success);
        });
        return command;
    }
}
