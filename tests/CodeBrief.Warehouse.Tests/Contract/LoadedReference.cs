using CodeBrief.Ingest.Reference;
using CodeBrief.Testing;

namespace CodeBrief.Warehouse.Tests;

/// <summary>
/// One store per test class loaded through the engine's writer with the mirror's real code sets and fee schedules (PFS
/// RVU, GPCI, OPPS cap, CLFS, HCPCS codes and modifiers, NUCC, ICD-10-CM, NCCI add-on codes) and the NCCI PTP and MUE fixtures
/// (the mirror has neither file), as <c>codebrief data load</c> loads them.
/// </summary>
public sealed class LoadedReference<TStore> : IDisposable where TStore : StoreUnderTest, new()
{
    public LoadedReference()
    {
        using (var writer = Store.Open())
        {
            foreach (var path in new[]
                     {
                         SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv"), SharedData.Path("medicare_pfs", "GPCI2025.csv"),
                         SharedData.Path("medicare_pfs", "OPPSCAP_Oct.csv"),
                         SharedData.Path("clfs", "CLFS 2025 Q2V1.csv"), SharedData.Path("hcpcs", "HCPC2025_OCT_ANWEB.xlsx"),
                         SharedData.Path("nucc", "nucc_taxonomy_251.csv"), SharedData.Path("icd10cm", "icd10cm-codes-2026.txt"),
                         SharedData.Path("ncci", "AOC_V2026Q2-MCR.xlsx"), SharedData.Path("medicare_zip_locality", "ZIP5_OCT2025.txt"),
                         Evidence.EvidenceWarehouse<TStore>.RepoFile("tests", "CodeBrief.Ingest.Tests", "Fixtures", "ccipra-v321r0-f1.txt"),
                         Evidence.EvidenceWarehouse<TStore>.RepoFile("tests", "CodeBrief.Ingest.Tests", "Fixtures", "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv"),
                     })
                foreach (var format in ReferenceFormats.RecogniseAll(path))
                    writer.Writer.Load(format, path, new LoadOptions(), null, CancellationToken.None);
        }
        Warehouse = Store.Open(WarehouseAccess.ReadOnly);
    }

    /// <summary>The store.</summary>
    public TStore Store { get; } = new();

    /// <summary>The loaded warehouse, opened read-only as the brief commands open it.</summary>
    public IWarehouse Warehouse { get; }

    public void Dispose()
    {
        Warehouse.Dispose();
        Store.Dispose();
    }
}
