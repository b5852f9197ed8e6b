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
    public static string DmeposJan26 => SharedData.Path("dmepos", "DMEPOS26_JAN.csv");
    public static string DmeposApr25 => SharedData.Path("dmepos", "DMEPOS25_APR25.csv");
    public static string DmeposRuralZip => SharedData.Path("dmepos", "DME Rural ZIP Code Quarter 1 2026.csv");

    /// <summary>Every file a reference format might be offered, including ones of formats other helpers read.</summary>
    public static IEnumerable<string> All =>
    [
        Clfs, PfsRvu, Gpci, Locco, Anes, OppsCap, Zip5, DmeposJan26, DmeposRuralZip,
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
    public static List<RowResult<TRow>> ReadAll<TRow>(IReferenceFormat<TRow> format, string path) where TRow : class =>
        [.. format.Read(path, CancellationToken.None)];

    /// <summary>The good rows that match <paramref name="predicate"/>.</summary>
    public static List<TRow> Where<TRow>(List<RowResult<TRow>> rows, Func<TRow, bool> predicate) where TRow : class =>
        [.. rows.Select(r => r.Value).OfType<TRow>().Where(predicate)];

    /// <summary>A decimal as the invariant text the warehouse stores (<c>1.30</c> keeps its zero), or null.</summary>
    public static string? Text(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads every row of <paramref name="path"/> with a format known only by its non-generic face, for tests about
    /// file-level errors; returns how many rows it yielded.</summary>
    public static int ReadToEnd(IReferenceFormat format, string path)
    {
        var read = format.GetType().GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReferenceFormat<>)).GetMethod("Read")!; // every format implements it
        try
        {
            var count = 0;
            foreach (var _ in (System.Collections.IEnumerable)read.Invoke(format, [path, CancellationToken.None])!) count++; // Read never returns null
            return count;
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
