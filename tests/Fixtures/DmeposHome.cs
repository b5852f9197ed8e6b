using CodeBrief.Ingest.Reference;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Sqlite;

namespace CodeBrief.Testing;

/// <summary>
/// A SQLite warehouse in a temporary home loaded through the real loader with the mirror's HCPCS Level II workbook (so
/// E-codes exist), both DMEPOS fee schedule quarters (older first, so January 2026 is current) and the rural ZIP file:
/// the DMEPOS slice as <c>codebrief data load</c> loads it. Opened read-only for the stages to read.
/// </summary>
internal sealed class DmeposHome : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "codebrief-dmepos-" + Guid.NewGuid().ToString("N"));

    /// <summary>Loads the files and opens the warehouse read-only.</summary>
    public DmeposHome()
    {
        using (var writer = SqliteWarehouse.OpenHome(_home, WarehouseAccess.ReadWrite))
        {
            foreach (var path in new[]
                     {
                         SharedData.Path("hcpcs", "HCPC2025_OCT_ANWEB.xlsx"), SharedData.Path("dmepos", "DMEPOS25_APR25.csv"),
                         SharedData.Path("dmepos", "DMEPOS26_JAN.csv"), SharedData.Path("dmepos", "DME Rural ZIP Code Quarter 1 2026.csv"),
                     })
                foreach (var format in ReferenceFormats.RecogniseAll(path))
                    writer.Writer.Load(format, path, new LoadOptions(), null, CancellationToken.None);
        }
        Warehouse = SqliteWarehouse.OpenHome(_home, WarehouseAccess.ReadOnly);
    }

    /// <summary>The loaded warehouse.</summary>
    public SqliteWarehouse Warehouse { get; }

    public void Dispose()
    {
        Warehouse.Dispose();
        try { Directory.Delete(_home, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
