using System.CommandLine;

namespace CodeBrief.Cli.Commands;

/// <summary>Every top-level command, one file each under <c>Commands/</c>.</summary>
public static class CommandCatalog
{
    /// <summary>Creates the commands in the order <c>--help</c> lists them.</summary>
    public static IEnumerable<Command> Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        // One line per command; each command file exposes Create(globals, output, error).
        yield return DataCommand.Create(globals, output, error);
        yield return CodeCommand.Create(globals, output, error);
        yield return ChangesCommand.Create(globals, output, error);
        yield return BriefCommand.Create(globals, output, error);
        yield return RulesCommand.Create(globals, output, error);
        yield return PublishSiteCommand.Extend(PublishCommand.Create(globals, output, error), globals, output, error);
        yield return VerifyCommand.Create(globals, output, error);
        yield return IngestCommand.Create(globals, output, error);
        yield return TocCommand.Create(globals, output, error);
        yield return PayersCommand.Create(globals, output, error);
        yield return RatesCommand.Create(globals, output, error);
        yield return SynthCommand.Create(globals, output, error);
        yield return BenchmarksCommand.Create(globals, output, error);
        yield return ServeCommand.Create(globals, output, error);
    }
}
