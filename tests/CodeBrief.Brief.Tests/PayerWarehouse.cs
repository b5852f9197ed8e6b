using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tic;
using CodeBrief.Ingest.Tic.Synthetic;
using CodeBrief.Testing;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Sqlite;
using CodeBrief.Warehouse.Tic;

namespace CodeBrief.Brief.Tests;

/// <summary>
/// A temporary warehouse loaded the way the product loads it: the real PFS RVU, GPCI and CLFS files through the reference
/// loader, the real CareFirst in-network example file (labelled "Blue Cross Blue Shield (CareFirst)"), and small synthetic
/// files for Aetna, Cigna and UnitedHealthcare pricing two codes that are in both the CareFirst file and the PFS.
/// </summary>
public sealed class PayerWarehouse : IDisposable
{
    /// <summary>Codes priced by every payer (surgical codes in the CareFirst file and the PFS).</summary>
    public static readonly string[] SharedCodes = ["45378", "43239"];

    /// <summary>A code only the CareFirst file prices.</summary>
    public const string CareFirstOnlyCode = "43235";

    /// <summary>The payer label the real file is loaded under.</summary>
    public const string CareFirst = "Blue Cross Blue Shield (CareFirst)";

    public PayerWarehouse()
    {
        Directory.CreateDirectory(Home);
        Db = SqliteWarehouse.OpenHome(Home, WarehouseAccess.ReadWrite);
        var loader = Db.Writer;
        foreach (var file in new[]
                 {
                     SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv"), SharedData.Path("medicare_pfs", "GPCI2025.csv"),
                     SharedData.Path("clfs", "CLFS 2025 Q2V1.csv"),
                 })
            foreach (var format in ReferenceFormats.RecogniseAll(file))
                loader.Load(format, file, new LoadOptions(), null, CancellationToken.None);
        Db.Rates.Ingest(SharedData.Path("tic_mrf", "real_payer_files", "carefirst_in-network_examplefile.json.gz"),
            new TicLoadOptions(CareFirst, null, new CodeFilter([.. SharedCodes, CareFirstOnlyCode])), CancellationToken.None);
        var seed = 11;
        foreach (var (payer, schema) in new[] { ("Aetna", 2), ("Cigna", 1), ("UnitedHealthcare", 2) })
        {
            var path = System.IO.Path.Combine(Home, $"{payer}.json.gz");
            TicSynthesizer.Write(new SynthOptions(payer, SharedCodes, 150_000, schema, seed++), path);
            Answers[payer] = SynthAnswers.ReadStrata(path + ".answers.json");
            Db.Rates.Ingest(path, new TicLoadOptions(null, null, CodeFilter.All), CancellationToken.None);
        }
    }

    /// <summary>The temporary home folder.</summary>
    public string Home { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "codebrief-payers-" + Guid.NewGuid().ToString("N"));

    /// <summary>The warehouse.</summary>
    public SqliteWarehouse Db { get; }

    /// <summary>The sidecar answers of each synthetic payer.</summary>
    public Dictionary<string, List<SynthStratumAnswer>> Answers { get; } = [];

    public void Dispose()
    {
        Db.Dispose();
        try { Directory.Delete(Home, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
