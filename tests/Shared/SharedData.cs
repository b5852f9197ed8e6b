namespace CodeBrief.Testing;

/// <summary>
/// Finds the real public data files the tests read: <c>CODEBRIEF_MIRROR</c> when set, otherwise the first
/// <c>shared/data</c> folder found walking up from the test binary (CI clones the repo with <c>../shared</c> beside it).
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(Locate);

    /// <summary>The mirror folder (it has <c>clfs/</c>, <c>medicare_pfs/</c>, …).</summary>
    public static string Folder => Root.Value;

    /// <summary>A path inside the mirror, for instance <c>SharedData.Path("clfs", "CLFS 2025 Q2V1.csv")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Folder, .. parts]);

    private static string Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("CODEBRIEF_MIRROR");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv)) return System.IO.Path.GetFullPath(fromEnv);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("No shared/data folder found above the test binary; set CODEBRIEF_MIRROR.");
    }
}
