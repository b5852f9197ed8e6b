using System.IO.Compression;
using CodeBrief.Testing;

namespace CodeBrief.Cli.Tests.Commands;

/// <summary>The MCD bulk download (<c>current_article_csv.zip</c>) as the other source of the article tables: taken from a
/// mirror folder for the live datasets named, loaded by the same readers.</summary>
public sealed class McdBulkZipTests : IDisposable
{
    private readonly FixtureHome _home = new();
    private readonly string _mirror = Path.Combine(Path.GetTempPath(), "codebrief-mcd-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Fetch_from_a_mirror_zip_places_the_article_tables_and_load_reads_them()
    {
        Directory.CreateDirectory(_mirror);
        using (var zip = ZipFile.Open(Path.Combine(_mirror, "current_article_csv.zip"), ZipArchiveMode.Create))
        {
            foreach (var name in new[] { EvidenceFixtures.ArticleHcpc, EvidenceFixtures.ArticleIcd10, EvidenceFixtures.ArticleIcd10NonCovered })
                zip.CreateEntryFromFile(EvidenceFixtures.Path(name), name);
            zip.CreateEntry("article.csv"); // the download's other tables are not read
        }

        var fetch = await _home.Run("data", "fetch", "--mirror", _mirror, "--only", "lcd-article-hcpc", "lcd-article-icd10", "lcd-article-icd10-noncovered");
        fetch.Code.ShouldBe(0, fetch.Err);
        foreach (var (dataset, file) in new[] { ("lcd-article-hcpc", "article_x_hcpc_code.csv"), ("lcd-article-icd10", "article_x_icd10_covered.csv"), ("lcd-article-icd10-noncovered", "article_x_icd10_noncovered.csv") })
            File.Exists(Path.Combine(_home.Path, "raw", dataset, file)).ShouldBeTrue(dataset);

        var load = await _home.Run("data", "load", "--only", "lcd-article-hcpc", "lcd-article-icd10", "lcd-article-icd10-noncovered");
        load.Code.ShouldBe(0, load.Out + load.Err);
        var status = await _home.Run("data", "status");
        status.Out.ShouldContain("article_x_icd10_noncovered.csv");
    }

    public void Dispose()
    {
        _home.Dispose();
        try { Directory.Delete(_mirror, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
