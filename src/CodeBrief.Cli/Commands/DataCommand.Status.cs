using System.CommandLine;
using System.Globalization;
using CodeBrief.Core;
using CodeBrief.Sources;
using CodeBrief.Warehouse;
using Spectre.Console;

namespace CodeBrief.Cli.Commands;

public static partial class DataCommand
{
    private static Command CreateStatus(GlobalOptions globals, TextWriter output)
    {
        var json = new Option<bool>("--json") { Description = "Print the status as JSON" };
        var status = new Command("status", "Show, per dataset, the loaded version, rows, rejects and load time, and which datasets are missing");
        status.Options.Add(json);
        status.SetAction((parse, _) =>
        {
            var target = globals.ResolveTarget(parse);
            // A home with no warehouse file yet has simply loaded nothing: say so without creating one.
            var (display, report) = WarehouseStores.Exists(target.Store) ? Read(target) : (target.Store.Target, WarehouseStatus.Nothing());
            if (parse.GetValue(json)) WriteStatusJson(output, display, report);
            else
            {
                WriteStatusTable(output, display, report);
                WriteOlderThanKnown(output, globals.ResolveHome(parse), report);
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return status;
    }

    private static (string Display, WarehouseStatusReport Report) Read(WarehouseTarget target)
    {
        using var warehouse = target.Open(WarehouseAccess.ReadOnly);
        return (warehouse.Display, WarehouseStatus.Read(warehouse.Sources));
    }

    private static void WriteStatusJson(TextWriter output, string warehouse, WarehouseStatusReport report)
    {
        var document = new
        {
            warehouse,
            datasets = report.Datasets.Select(d => new
            {
                dataset = d.Dataset,
                version = d.Version,
                rows = d.Rows,
                rejected = d.Rejected,
                loadedAt = d.LoadedAt,
                files = d.Current.Select(s => new { file = s.FileName, s.Version, s.Sha256, rows = s.RowsLoaded, rejected = s.RowsRejected, s.LoadedAt }),
                history = d.History.Select(s => new { file = s.FileName, s.Version, s.Sha256, rows = s.RowsLoaded, s.LoadedAt, s.Status }),
            }),
            missing = report.Missing,
        };
        output.WriteLine(CodeBriefJson.Serialize(document));
    }

    private static void WriteStatusTable(TextWriter output, string warehouse, WarehouseStatusReport report)
    {
        var terminal = Terminal.IsOutputTerminal(output);
        var table = new Table().Border(terminal ? TableBorder.Rounded : TableBorder.Ascii);
        table.AddColumn("dataset").AddColumn("version").AddColumn("files")
            .AddColumn(new TableColumn("rows").RightAligned()).AddColumn(new TableColumn("rejected").RightAligned())
            .AddColumn("loaded at").AddColumn(new TableColumn("history").RightAligned());
        foreach (var d in report.Datasets)
        {
            table.AddRow(
                Markup.Escape(d.Dataset),
                Markup.Escape(d.Current.Count == 0 ? "-" : d.Version),
                Markup.Escape(d.Current.Count == 0 ? "-" : string.Join(", ", d.Current.Select(s => s.FileName))),
                d.Rows.ToString("N0", CultureInfo.InvariantCulture),
                d.Rejected.ToString("N0", CultureInfo.InvariantCulture),
                d.LoadedAt is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "-",
                d.History.Count.ToString(CultureInfo.InvariantCulture));
        }
        output.WriteLine($"warehouse: {warehouse}");
        Terminal.ConsoleFor(output, terminal).Write(table);
        if (report.Missing.Count > 0)
            output.WriteLine($"missing ({report.Missing.Count}): {string.Join(", ", report.Missing)}. Load them with: codebrief data load (after codebrief data fetch).");
    }
}
