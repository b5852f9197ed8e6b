using CodeBrief.Cli;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Sqlite;

namespace CodeBrief.Verify.Tests.Support;

/// <summary>
/// The real warehouse (<see cref="RealWarehouse"/>) plus the OPPS Addendum B, ASC Addenda AA/BB and ASP pricing fixtures of
/// issue 12 (<c>tests/CodeBrief.Ingest.Tests/Fixtures/MedicareSystems</c>: CMS layouts, illustrative figures), loaded by the real
/// <c>codebrief data load</c> into a copy of the real home, as a user who loads those files gets it. Built once per test run.
/// </summary>
internal static class PaymentSystemWarehouse
{
    /// <summary>The fixture files, as linked into the test output.</summary>
    public static readonly string[] Files =
        ["January 2025 Addendum B.csv", "January 2025 ASC Addendum AA.csv", "January 2025 ASC Addendum BB.csv", "Jan 2025 ASP Pricing File.csv"];

    private static readonly Lazy<string> LoadedHome = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The home folder holding <c>warehouse.db</c>.</summary>
    public static string Home => LoadedHome.Value;

    /// <summary>A new read-only handle on the warehouse.</summary>
    public static SqliteWarehouse Open() => SqliteWarehouse.OpenHome(Home, WarehouseAccess.ReadOnly);

    /// <summary>Verifies page text given inline, as if read from <paramref name="file"/>.</summary>
    public static VerificationReport VerifyText(string text, string file = "page.md", string? subject = null)
    {
        using var db = Open();
        return new PageVerifier(db, Pages.AsOf).Verify(Page.PageReader.Parse(file, text), subject);
    }

    private static string Load()
    {
        var home = Directory.CreateTempSubdirectory("codebrief-payment-systems-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(home, recursive: true); }
            catch (IOException) { } // best effort: a temp folder left behind does not change any result
        };
        Copy(RealWarehouse.Home, home);
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["--home", home, "data", "load", .. Files.Select(f => Path.Combine(AppContext.BaseDirectory, "Fixtures", "MedicareSystems", f))];
        var exit = CodeBriefApp.RunAsync(args, output, error, CancellationToken.None).GetAwaiter().GetResult();
        if (exit != ExitCodes.Success)
            throw new InvalidOperationException($"codebrief data load of the payment-system fixtures exited {exit}:\n{output}\n{error}");
        return home;
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
    }
}
