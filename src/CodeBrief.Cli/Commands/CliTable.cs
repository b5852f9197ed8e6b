using Spectre.Console;

namespace CodeBrief.Cli.Commands;

/// <summary>
/// The one table layout of the CLI: rounded borders on a terminal, ASCII borders otherwise (logs, pipes, tests); text
/// columns left-aligned, number columns (named with a leading <c>#</c>) right-aligned; cells printed as given, never as markup.
/// </summary>
internal sealed class CliTable
{
    private readonly Table _table = new();

    /// <summary>A table with these columns; a name starting with <c>#</c> is a number column (the <c>#</c> is not shown).</summary>
    public CliTable(params string[] columns)
    {
        foreach (var column in columns)
            _table.AddColumn(column.StartsWith('#')
                ? new TableColumn(Markup.Escape(column[1..])).RightAligned()
                : new TableColumn(Markup.Escape(column)));
    }

    /// <summary>Adds a row; null cells print as "-".</summary>
    public CliTable Row(params string?[] cells)
    {
        _table.AddRow(cells.Select(c => Markup.Escape(c ?? "-")).ToArray());
        return this;
    }

    /// <summary>Writes the table to <paramref name="output"/>.</summary>
    public void Write(TextWriter output)
    {
        var terminal = Terminal.IsOutputTerminal(output);
        _table.Border(terminal ? TableBorder.Rounded : TableBorder.Ascii);
        Terminal.ConsoleFor(output, terminal).Write(_table);
    }
}
