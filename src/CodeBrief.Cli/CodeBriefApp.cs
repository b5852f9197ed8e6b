using System.CommandLine;
using CodeBrief.Cli.Commands;

namespace CodeBrief.Cli;

/// <summary>
/// Builds the <c>codebrief</c> command tree and runs it. Tests call <see cref="RunAsync"/> in-process with their own writers.
/// </summary>
public static class CodeBriefApp
{
    /// <summary>Parses <paramref name="args"/>, runs the command, and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("CodeBrief: grounded briefs for CPT/HCPCS billing codes, from public code sets, Medicare fee schedules and payer price-transparency files.");
        globals.AddTo(root);
        foreach (var command in CommandCatalog.Create(globals, output, error))
            root.Subcommands.Add(command);

        var parse = root.Parse(args);
        var verbose = parse.GetValue(globals.Verbose);
        if (parse.Errors.Count > 0)
        {
            // A request the parser cannot read is a bad request (exit 2), not a finding (System.CommandLine's own 1).
            foreach (var problem in parse.Errors) error.WriteLine($"codebrief: error: {problem.Message}");
            error.WriteLine("codebrief: see `codebrief --help` (or `codebrief COMMAND --help`) for what is accepted.");
            // A script that asked for JSON gets JSON for a request the parser cannot read, too.
            if (args.Contains("--json", StringComparer.Ordinal))
                output.WriteLine(Core.CodeBriefJson.Serialize(new { error = new { exit_code = ExitCodes.BadInput, kind = "bad_request", message = string.Join(" ", parse.Errors.Select(e => e.Message)) } }));
            return ExitCodes.BadInput;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return WantsJson(parse) ? ErrorReporter.ReportJson(ex, output, error, verbose) : ErrorReporter.Report(ex, error, verbose);
        }
    }

    /// <summary>True when the command that ran was given <c>--json</c>.</summary>
    private static bool WantsJson(ParseResult parse) =>
        parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--json") is Option<bool> json && parse.GetValue(json);
}
