using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CodeBrief.Brief;
using CodeBrief.Core.Errors;
using CodeBrief.Dossier;
using CodeBrief.Render;
using Spectre.Console;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// <c>codebrief publish (--codes LIST | --codes-file FILE | --all) --out DIR [--format md,html,json]</c>: one brief per code
/// per format plus index pages, each file written atomically.
/// </summary>
public static class PublishCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var codes = new Option<string?>("--codes") { Description = "Codes separated by commas or spaces" };
        var codesFile = new Option<FileInfo?>("--codes-file") { Description = "File of codes, one per line or separated by commas (# starts a comment)" };
        var all = new Option<bool>("--all") { Description = "Every code in the loaded PFS, CLFS and HCPCS Level II sets" };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Output folder", Required = true };
        var formats = new Option<string>("--format") { Description = "Comma-separated formats: md, html, json", DefaultValueFactory = _ => "md,html,json" };
        var command = new Command("publish", "Render briefs for many codes, with index pages") { codes, codesFile, all, outDir, formats };
        command.SetAction((parse, ct) =>
        {
            var renderers = (parse.GetValue(formats) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(Renderers.For).Distinct().ToList();
            if (renderers.Count == 0) throw new UsageException("--format lists no format. Use md, html and/or json.");
            using var warehouse = BriefWarehouse.Open(globals.ResolveTarget(parse), error, parse.GetValue(globals.Verbose), ct);
            var builder = new DossierBuilder(warehouse);
            var list = SelectCodes(parse.GetValue(codes), parse.GetValue(codesFile), parse.GetValue(all), builder);
            var dir = parse.GetValue(outDir)!.FullName; // Required = true, so the parser guarantees a value
            var today = BriefWarehouse.Today(TimeProvider.System);
            var index = new List<PublishIndex.Entry>();
            var watch = Stopwatch.StartNew();
            void PublishOne(string code)
            {
                ct.ThrowIfCancellationRequested();
                var dossier = builder.Build(code);
                var brief = BriefBuilder.Build(dossier, today);
                foreach (var r in renderers) BriefWarehouse.WriteAtomic(Path.Combine(dir, code + r.Extension), r.Render(brief));
                index.Add(new PublishIndex.Entry(brief.Code, brief.CodeType, brief.Descriptor, dossier.LevelII?.TerminationDate));
            }
            if (ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected)
            {
                AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress().Start(ctx =>
                {
                    var task = ctx.AddTask("Publishing briefs", maxValue: list.Count);
                    foreach (var code in list) { PublishOne(code); task.Increment(1); }
                });
            }
            else foreach (var code in list) PublishOne(code);
            PublishIndex.Write(dir, index, renderers, today);
            watch.Stop();
            var seconds = Math.Max(watch.Elapsed.TotalSeconds, 0.001);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Published {list.Count} briefs x {renderers.Count} formats to {dir} in {watch.Elapsed.TotalSeconds:0.0} s ({list.Count / seconds:0.0} briefs/s)."));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static List<string> SelectCodes(string? codes, FileInfo? file, bool all, DossierBuilder builder)
    {
        var chosen = (codes is null ? 0 : 1) + (file is null ? 0 : 1) + (all ? 1 : 0);
        if (chosen != 1) throw new UsageException("Give exactly one of --codes LIST, --codes-file FILE or --all.");
        if (all) return builder.AllCodes().ToList();
        var list = CodeListInput.Read(codes, file)!.Select(c => c.Value).ToList(); // exactly one option was chosen and it was not --all
        // Check every code before writing anything, so a typo does not leave half a site.
        foreach (var code in list)
            if (!builder.Exists(code))
                throw new UsageException($"Code {code} is not in any loaded code set (PFS, CLFS, HCPCS Level II). Close matches: {string.Join(", ", builder.CloseMatches(code))}.");
        if (list.Count == 0) throw new UsageException("No codes given.");
        return list;
    }
}
