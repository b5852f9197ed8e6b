using CodeBrief.Ingest.Reference;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Sqlite;

namespace CodeBrief.Testing;

/// <summary>
/// A temporary CodeBrief home whose warehouse is filled the way <c>codebrief data load</c> fills it: through
/// the warehouse writer and the real readers, from the real PFS, GPCI, CLFS, NUCC and ICD-10-CM files of the mirror
/// and the evidence fixtures (Medicare utilization, CMS taxonomy crosswalk, LCD article exports, user crosswalk). Loaded once
/// per test class (ICD-10-CM alone has 74,719 rows); no test changes it.
/// </summary>
public sealed class EvidenceHome : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "codebrief-evidence-" + Guid.NewGuid().ToString("N"));

    public EvidenceHome()
    {
        Db = SqliteWarehouse.OpenHome(_home, WarehouseAccess.ReadWrite);
        var loader = Db.Writer;
        Load(loader, "pfs-rvu", SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv"));
        Load(loader, "pfs-gpci", SharedData.Path("medicare_pfs", "GPCI2025.csv"));
        Load(loader, "clfs", SharedData.Path("clfs", "CLFS 2025 Q2V1.csv"));
        Load(loader, "nucc", SharedData.Path("nucc", "nucc_taxonomy_251.csv"));
        Load(loader, "icd10cm", SharedData.Path("icd10cm", "icd10cm-codes-2026.txt"));
        foreach (var fixture in new[]
                 {
                     EvidenceFixtures.Geo, EvidenceFixtures.Provider, EvidenceFixtures.Crosswalk, EvidenceFixtures.ArticleHcpc,
                     EvidenceFixtures.ArticleIcd10, EvidenceFixtures.DiagnosisCrosswalk,
                 })
        {
            // Each fixture must be recognised by exactly the evidence format written for its layout, as `data load` would.
            var path = EvidenceFixtures.Path(fixture);
            var format = ReferenceFormats.RecogniseAll(path).Single();
            loader.Load(format, path, new LoadOptions(Strict: true), null, CancellationToken.None);
        }
    }

    /// <summary>The loaded warehouse.</summary>
    public SqliteWarehouse Db { get; }

    /// <summary>The home folder.</summary>
    public string Home => _home;

    private static void Load(IReferenceWriter loader, string dataset, string path) =>
        loader.Load(ReferenceFormats.All.Single(f => f.Dataset == dataset), path, new LoadOptions(), null, CancellationToken.None);

    public void Dispose()
    {
        Db.Dispose();
        try { Directory.Delete(_home, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
