using Spectre.Console;

namespace CodeBrief.Cli.Commands;

/// <summary>Whether a writer is the real terminal, and a Spectre console that writes to a given writer.</summary>
internal static class Terminal
{
    /// <summary>True when <paramref name="error"/> is this process's stderr and stderr is not redirected.</summary>
    public static bool IsErrorTerminal(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>True when <paramref name="output"/> is this process's stdout and stdout is not redirected.</summary>
    public static bool IsOutputTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>A console writing to <paramref name="writer"/>: ANSI and colours only when it is a terminal.</summary>
    public static IAnsiConsole ConsoleFor(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        // Redirected output has no width; a wide page keeps file names on one line for grep and diff.
        if (!interactive) console.Profile.Width = 200;
        return console;
    }
}
