using System.CommandLine;
using System.CommandLine.Invocation;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Web.Data;
using CodeBrief.Web.Export;
using Spectre.Console;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// <c>codebrief publish --site DIR [--codes LIST | --codes-file FILE | --all]</c>: the whole web site as static files
/// (same pages as <c>serve</c>, relative links, search in the browser) that work from a plain file server and offline.
/// Kept in its own file: <see cref="Extend"/> adds <c>--site</c> to the publish command and runs the export before
/// (or instead of) the per-format briefs of <c>--out</c>.
/// </summary>
public static class PublishSiteCommand
{
    /// <summary>Adds <c>--site DIR</c> to <paramref name="publish"/>; <c>--out</c> becomes optional when <c>--site</c> is given.</summary>
    public static Command Extend(Command publish, GlobalOptions globals, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(publish);
        ArgumentNullException.ThrowIfNull(globals);
        var site = new Option<DirectoryInfo?>("--site") { Description = "Also (or only) write the web site as static files into this folder" };
        publish.Options.Add(site);
        var outDir = publish.Options.First(o => o.Name == "--out");
        outDir.Required = false;
        var briefs = publish.Action as AsynchronousCommandLineAction
            ?? throw new InvalidOperationException("The publish command has no asynchronous action to extend.");
        publish.SetAction(async (parse, ct) =>
        {
            var siteDir = parse.GetValue(site);
            var hasOut = parse.GetResult(outDir) is { Implicit: false };
            if (siteDir is null && !hasOut) throw new UsageException("Give --out DIR for the briefs, --site DIR for the web site, or both.");
            if (siteDir is not null)
            {
                // --codes or --codes-file narrow the site; otherwise (or with --all) it holds every loaded code.
                var codes = CodeListInput.Read(parse.GetValue<string?>("--codes"), parse.GetValue<FileInfo?>("--codes-file"));
                var code = Run(globals.ResolveTarget(parse), siteDir.FullName, codes, output, error, ct);
                if (code != ExitCodes.Success || !hasOut) return code;
            }
            return await briefs.InvokeAsync(parse, ct);
        });
        return publish;
    }

    /// <summary>Writes the site for <paramref name="codes"/> (null: all) from the warehouse of <paramref name="target"/> into <paramref name="directory"/>.</summary>
    public static int Run(WarehouseTarget target, string directory, IReadOnlyList<HcpcsCode>? codes, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(target);
        using var warehouse = BriefWarehouse.Open(target, error, verbose: false, cancellationToken);
        int written;
        if (!Console.IsErrorRedirected && ReferenceEquals(error, Console.Error))
        {
            written = 0;
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress().Start(ctx =>
            {
                var task = ctx.AddTask("Publishing site");
                written = StaticSiteExporter.Export(warehouse, directory, codes, (done, total) => { task.MaxValue = total; task.Value = done; }, cancellationToken);
            });
        }
        else written = StaticSiteExporter.Export(warehouse, directory, codes, null, cancellationToken);
        output.WriteLine($"Published a static site with {written} briefs to {Path.GetFullPath(directory)} (open index.html).");
        return ExitCodes.Success;
    }
}
