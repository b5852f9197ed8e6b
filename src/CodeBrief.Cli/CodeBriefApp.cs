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
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ErrorReporter.Report(ex, error, verbose);
        }
    }
}
