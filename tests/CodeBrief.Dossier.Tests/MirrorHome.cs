using CodeBrief.Ingest.Reference;
using CodeBrief.Testing;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Sqlite;

namespace CodeBrief.Dossier.Tests;

/// <summary>
/// A temporary home loaded as <c>codebrief data load</c> loads it from the mirror's real code sets and fee schedules (PFS RVU,
/// GPCI, CLFS, HCPCS codes and modifiers, NCCI add-on edits, NUCC, the January 2026 DMEPOS fee schedule) plus the CMS specialty crosswalk fixture: what the coder
/// expectations below are checked against. Loaded once per test class; no test changes it.
/// </summary>
public sealed class MirrorHome : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "codebrief-mirror-" + Guid.NewGuid().ToString("N"));

    public MirrorHome()
    {
        Db = SqliteWarehouse.OpenHome(_home, WarehouseAccess.ReadWrite);
        Load("pfs-rvu", SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv"));
        Load("pfs-gpci", SharedData.Path("medicare_pfs", "GPCI2025.csv"));
        Load("clfs", SharedData.Path("clfs", "CLFS 2025 Q2V1.csv"));
        Load("hcpcs", SharedData.Path("hcpcs", "HCPC2025_OCT_ANWEB.xlsx"));
        Load("hcpcs-modifiers", SharedData.Path("hcpcs", "HCPC2025_OCT_ANWEB.xlsx"));
        Load("ncci-aoc", SharedData.Path("ncci", "AOC_V2026Q2-MCR.xlsx"));
        Load("nucc", SharedData.Path("nucc", "nucc_taxonomy_251.csv"));
        Load("dmepos", SharedData.Path("dmepos", "DMEPOS26_JAN.csv"));
        var crosswalk = EvidenceFixtures.Path(EvidenceFixtures.Crosswalk);
        Db.Writer.Load(ReferenceFormats.RecogniseAll(crosswalk).Single(), crosswalk, new LoadOptions(Strict: true), null, CancellationToken.None);
        Builder = new DossierBuilder(Db);
    }

    /// <summary>The loaded warehouse.</summary>
    public SqliteWarehouse Db { get; }

    /// <summary>One builder over it (not thread-safe: the tests of a class run one at a time).</summary>
    public DossierBuilder Builder { get; }

    private void Load(string dataset, string path) =>
        Db.Writer.Load(ReferenceFormats.All.Single(f => f.Dataset == dataset), path, new LoadOptions(), null, CancellationToken.None);

    public void Dispose()
    {
        Db.Dispose();
        try { Directory.Delete(_home, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
