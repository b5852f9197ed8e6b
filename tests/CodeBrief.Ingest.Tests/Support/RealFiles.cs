using CodeBrief.Ingest.Reference;
using CodeBrief.Testing;

namespace CodeBrief.Ingest.Tests.Support;

/// <summary>The real public files in the shared mirror, for reading and for recognition tests.</summary>
internal static class RealFiles
{
    public static string Clfs => SharedData.Path("clfs", "CLFS 2025 Q2V1.csv");
    public static string PfsRvu => SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv");
    public static string Gpci => SharedData.Path("medicare_pfs", "GPCI2025.csv");
    public static string Locco => SharedData.Path("medicare_pfs", "25LOCCO.csv");
    public static string Anes => SharedData.Path("medicare_pfs", "ANES2025.csv");
    public static string OppsCap => SharedData.Path("medicare_pfs", "OPPSCAP_Oct.csv");
    public static string Zip5 => SharedData.Path("medicare_zip_locality", "ZIP5_OCT2025.txt");

    /// <summary>Every file a reference format might be offered, including ones of formats other helpers read.</summary>
    public static IEnumerable<string> All =>
    [
        Clfs, PfsRvu, Gpci, Locco, Anes, OppsCap, Zip5,
        SharedData.Path("medicare_zip_locality", "ZIP5lyout.txt"),
        SharedData.Path("medicare_pfs", "RVU25D.pdf"),
        SharedData.Path("nucc", "nucc_taxonomy_251.csv"),
        SharedData.Path("icd10cm", "icd10cm-codes-2026.txt"),
        SharedData.Path("hcpcs", "HCPC2025_OCT_ANWEB.xlsx"),
        SharedData.Path("ncci", "AOC_V2026Q2-MCR.xlsx"),
    ];

    /// <summary>Asserts that <paramref name="format"/> recognises <paramref name="own"/> and none of the other files.</summary>
    public static void ShouldRecogniseOnly(IReferenceFormat format, string own)
    {
        foreach (var file in All)
            format.Recognises(file).ShouldBe(file == own, Path.GetFileName(file));
    }

    /// <summary>Reads every row of <paramref name="path"/>.</summary>
    public static List<RowResult> ReadAll(IReferenceFormat format, string path) => [.. format.Read(path, CancellationToken.None)];

    /// <summary>The good rows whose column <paramref name="column"/> equals <paramref name="value"/>, as column-name maps.</summary>
    public static List<Dictionary<string, string?>> Where(IReferenceFormat format, List<RowResult> rows, string column, string value)
    {
        var index = format.Columns.ToList().IndexOf(column);
        return rows.Select(r => r.Values).OfType<string?[]>().Where(v => v[index] == value)
            .Select(v => format.Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => v[x.i]))
            .ToList();
    }
}
