using System.CommandLine;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Web.Data;
using CodeBrief.Web.Export;
using Spectre.Console;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// <c>codebrief site --out DIR [--codes LIST]</c>: the whole web site as static files (relative links, client-side search),
/// working from a plain file server and offline. <see cref="Run"/> is also what <c>publish --site DIR</c> calls.
/// </summary>
public static class PublishSiteCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write the site into (created)", Required = true };
        var codes = new Option<string?>("--codes") { Description = "Comma-separated codes to publish (default: every code in the loaded sets)" };
        var command = new Command("site", "Publish the web site as static files (same pages as `serve`, search in the browser)") { outDir, codes };
        command.SetAction((parse, ct) =>
        {
            var home = globals.ResolveHome(parse);
            // Required option: the parser has already rejected a missing --out.
            var dir = parse.GetValue(outDir)!;
            return Task.FromResult(Run(home, dir.FullName, ParseCodes(parse.GetValue(codes)), output, error, ct));
        });
        return command;
    }

    /// <summary>Writes the site for <paramref name="codes"/> (null: all) from <c>&lt;home&gt;/warehouse.db</c> into <paramref name="directory"/>.</summary>
    public static int Run(string home, string directory, IReadOnlyList<HcpcsCode>? codes, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var warehouse = new WarehouseReader(Path.Combine(home, "warehouse.db"));
        int written;
        if (!Console.IsErrorRedirected && ReferenceEquals(error, Console.Error))
        {
            written = 0;
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress().Start(ctx =>
            {
                var task = ctx.AddTask("site");
                written = StaticSiteExporter.Export(warehouse, directory, codes, (done, total) => { task.MaxValue = total; task.Value = done; }, cancellationToken);
            });
        }
        else written = StaticSiteExporter.Export(warehouse, directory, codes, null, cancellationToken);
        output.WriteLine($"codebrief: wrote a static site with {written} briefs to {Path.GetFullPath(directory)} (open index.html)");
        return ExitCodes.Success;
    }

    /// <summary>Parses a comma-separated code list; every entry must be a CPT/HCPCS code.</summary>
    public static IReadOnlyList<HcpcsCode>? ParseCodes(string? list)
    {
        if (string.IsNullOrWhiteSpace(list)) return null;
        var result = new List<HcpcsCode>();
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            result.Add(HcpcsCode.TryParse(part, out var code) ? code : throw new UsageException($"\"{part}\" is not a CPT or HCPCS code (five digits; four digits and F, T, U or M; or a letter and four digits)."));
        return result;
    }
}
