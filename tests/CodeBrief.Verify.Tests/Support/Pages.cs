using CodeBrief.Testing;
using CodeBrief.Verify.Page;

namespace CodeBrief.Verify.Tests.Support;

/// <summary>Paths of the seed pages and fixtures, and a one-call verifier over the real reference warehouse.</summary>
internal static class Pages
{
    /// <summary>The date codes must be current on; fixed so termination checks do not drift.</summary>
    public static readonly DateOnly AsOf = new(2026, 1, 1);

    public static string Seed(string prefix) =>
        Directory.GetFiles(System.IO.Path.Combine(SharedData.Folder, "..", "seeds"), prefix + "_*.txt").Single();

    public static string Fixture(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static VerificationReport Verify(string path, string? subject = null)
    {
        using var db = RealWarehouse.Open();
        return new PageVerifier(db, AsOf).Verify(PageReader.Read(path), subject);
    }

    /// <summary>Verifies page text given inline (Markdown or plain text), as if read from <paramref name="file"/>.</summary>
    public static VerificationReport VerifyText(string text, string file = "page.md")
    {
        using var db = RealWarehouse.Open();
        return new PageVerifier(db, AsOf).Verify(PageReader.Parse(file, text));
    }

    public static Finding Single(this VerificationReport report, string token, string kind) =>
        report.Findings.Where(f => f.Token == token && f.Kind == kind).ShouldHaveSingleItem($"{token} {kind}");

    public static CheckedToken CheckedAt(this VerificationReport report, string token, int line) =>
        report.Checked.Where(c => c.Token == token && c.Line == line).ShouldHaveSingleItem($"{token} on line {line}");
}
