using System.CommandLine;

namespace CodeBrief.Cli;

/// <summary>Options every command accepts: where the warehouse lives, where the offline mirror is, how much to print.</summary>
public sealed class GlobalOptions
{
    /// <summary><c>--home DIR</c>: the CodeBrief home folder (warehouse, fetched files, reports). Default: <c>CODEBRIEF_HOME</c>, else a per-user data folder.</summary>
    public Option<DirectoryInfo?> Home { get; } = new("--home") { Description = "CodeBrief home folder (default: $CODEBRIEF_HOME, else ~/.local/share/codebrief)", Recursive = true };

    /// <summary><c>--verbose</c>: print stack traces for internal errors.</summary>
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Print stack traces and extra detail", Recursive = true };

    /// <summary>Adds the options to the root command.</summary>
    public void AddTo(Command root)
    {
        root.Options.Add(Home);
        root.Options.Add(Verbose);
    }

    /// <summary>The home folder for this invocation, created if missing.</summary>
    public string ResolveHome(ParseResult parse)
    {
        var path = parse.GetValue(Home)?.FullName
                   ?? Environment.GetEnvironmentVariable("CODEBRIEF_HOME")
                   ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "codebrief");
        Directory.CreateDirectory(path);
        return Path.GetFullPath(path);
    }
}
