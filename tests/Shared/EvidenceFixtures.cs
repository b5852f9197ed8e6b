namespace CodeBrief.Testing;

/// <summary>
/// The evidence fixtures in <c>tests/Fixtures/Evidence</c>: hand-written files in the published layouts of datasets the
/// mirror lacks (see that folder's README; their figures are illustrative).
/// </summary>
internal static class EvidenceFixtures
{
    private static readonly Lazy<string> Root = new(Locate);

    public const string Geo = "MUP_PHY_R24_P05_V10_D22_Geo.csv";
    public const string Provider = "MUP_PHY_R24_P05_V10_D22_Prov_Svc.csv";
    public const string Crosswalk = "Medicare_Provider_and_Supplier_Taxonomy_Crosswalk_2024-12-10.csv";
    public const string ArticleHcpc = "article_x_hcpc_code.csv";
    public const string ArticleIcd10 = "article_x_icd10_covered.csv";
    public const string ArticleIcd10NonCovered = "article_x_icd10_noncovered.csv";
    public const string DiagnosisCrosswalk = "diagnosis_crosswalk.csv";

    /// <summary>The full path of fixture <paramref name="name"/>.</summary>
    public static string Path(string name) => System.IO.Path.Combine(Root.Value, name);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "Fixtures", "Evidence");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("No tests/Fixtures/Evidence folder found above the test binary.");
    }
}
