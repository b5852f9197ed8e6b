using System.CommandLine;
using System.Globalization;
using CodeBrief.Core;
using CodeBrief.Sources;
using CodeBrief.Warehouse;

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
        var table = new CliTable("dataset", "version", "files", "#rows", "#rejected", "loaded at", "#history");
        foreach (var d in report.Datasets)
        {
            table.Row(
                d.Dataset,
                d.Current.Count == 0 ? null : d.Version,
                d.Current.Count == 0 ? null : string.Join(", ", d.Current.Select(s => s.FileName)),
                d.Rows.ToString("N0", CultureInfo.InvariantCulture),
                d.Rejected.ToString("N0", CultureInfo.InvariantCulture),
                d.LoadedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                d.History.Count.ToString(CultureInfo.InvariantCulture));
        }
        output.WriteLine($"warehouse: {warehouse}");
        table.Write(output);
        if (report.Missing.Count > 0)
            output.WriteLine($"missing ({report.Missing.Count}): {string.Join(", ", report.Missing)}. Load them with: codebrief data load (after codebrief data fetch).");
    }
}
