using System.CommandLine;
using CodeBrief.Core.Errors;
using CodeBrief.Verify;
using CodeBrief.Verify.Page;
using CodeBrief.Verify.Report;
using CodeBrief.Warehouse;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// <c>codebrief verify FILE|FOLDER... [--subject CODE] [--json] [--fixed OUT]</c>: audits code pages (Markdown, HTML, plain text with
/// pipe tables) against the code sets and fee schedules loaded in the warehouse, claim by claim; no subject is needed. Exit 0
/// when clean, 1 when any finding is at error level, 2 when a page is unusable (unreadable, bad --subject), 3 when a page or the
/// warehouse is missing. With <c>--json</c> every outcome, a usage error included, is printed as JSON.
/// </summary>
public static class VerifyCommand
{
    /// <summary>Creates the <c>verify</c> command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(globals);
        // Zero or more so that a call with no page reaches the action and --json can answer it in JSON.
        var files = new Argument<FileInfo[]>("FILE") { Description = "Pages to verify (Markdown, HTML or text with pipe tables), or folders of them", Arity = ArgumentArity.ZeroOrMore };
        var subject = new Option<string?>("--subject") { Description = "The code for claims that name none (by default the code the title names, if any)" };
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON (subject, findings[], checked[]); errors too" };
        var fixedOut = new Option<string?>("--fixed") { Description = "Write a corrected copy of the page to OUT (a folder when several pages are given), each error replaced by its fix and marked" };
        var command = new Command("verify", "Check every claim on a page (codes, descriptions, modifiers, amounts, global periods) against the loaded code sets, fee schedules and NCCI edits");
        command.Arguments.Add(files);
        command.Options.Add(subject);
        command.Options.Add(json);
        command.Options.Add(fixedOut);
        command.SetAction((parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files) ?? [];
            if (paths.Length == 0) throw new UsageException("verify needs at least one page: codebrief verify FILE... [--subject CODE] [--json] [--fixed OUT].");
            var pagePaths = paths.SelectMany(f => PageReader.PagesIn(f.FullName)).ToList();
            var target = globals.ResolveTarget(parse);
            // Pages are read as they are verified, on every core (the briefs of publish --all are some 20,000 files); nothing is
            // printed until all are verified, so an unusable page still stops the run before any output.
            var reports = PageBatch.Verify(pagePaths, () => target.Open(WarehouseAccess.ReadOnly), DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime),
                parse.GetValue(subject), Environment.ProcessorCount, cancellationToken);
            if (parse.GetValue(fixedOut) is { } fixedTarget) WriteFixed(fixedTarget, pagePaths, reports);
            if (parse.GetValue(json)) JsonReportWriter.Write(output, reports);
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

    /// <summary>One page: <paramref name="target"/> is the file written. Several: it is a folder, each copy under the page's own name.</summary>
    private static void WriteFixed(string target, IReadOnlyList<string> paths, IReadOnlyList<VerificationReport> reports)
    {
        var several = paths.Count > 1 || Directory.Exists(target);
        if (several) Directory.CreateDirectory(target);
        for (var i = 0; i < paths.Count; i++)
        {
            var outPath = several ? Path.Combine(target, Path.GetFileName(paths[i])) : target;
            if (Path.GetFullPath(outPath) == Path.GetFullPath(paths[i]))
                throw new UsageException($"--fixed {target}: that would overwrite the page {paths[i]}; give another path.");
            File.WriteAllText(outPath, FixedPageWriter.Fix(File.ReadAllText(paths[i]), reports[i]));
        }
    }
}
