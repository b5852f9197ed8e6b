using System.CommandLine;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// <c>codebrief data fetch|load|status</c>: bring the public reference files into the home folder, load them into the
/// warehouse, and show what is loaded.
/// </summary>
public static partial class DataCommand
{
    /// <summary>Creates the <c>data</c> command with its three subcommands.</summary>
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var data = new Command("data", "Fetch, load and inspect the public reference datasets (code sets, fee schedules, NCCI edits)");
        data.Subcommands.Add(CreateFetch(globals, output, error));
        data.Subcommands.Add(CreateLoad(globals, output, error));
        data.Subcommands.Add(CreateStatus(globals, output));
        return data;
    }

    private static Option<DirectoryInfo?> MirrorOption() => new("--mirror")
    {
        Description = "Copy files from this local mirror folder instead of downloading (default: $CODEBRIEF_MIRROR)",
    };

    private static Option<string[]> OnlyOption() => new("--only")
    {
        Description = "Only these datasets (ids as listed by `codebrief data status`)",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>The mirror folder from the option, else <c>CODEBRIEF_MIRROR</c>, else null (download).</summary>
    private static string? ResolveMirror(ParseResult parse, Option<DirectoryInfo?> option)
    {
        var path = parse.GetValue(option)?.FullName ?? Environment.GetEnvironmentVariable("CODEBRIEF_MIRROR");
        return string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path);
    }
}
