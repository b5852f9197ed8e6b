using System.Text.Json;
using System.Text.RegularExpressions;
using CodeBrief.Core.Codes;
using CodeBrief.Web.Data;
using CodeBrief.Web.Export;
using CodeBrief.Web.Tests.Fixtures;

namespace CodeBrief.Web.Tests.Export;

public sealed partial class StaticSiteExporterTests : IDisposable
{
    private readonly TestWarehouse _warehouse = new();
    private readonly string _out;

    public StaticSiteExporterTests() => _out = Path.Combine(_warehouse.Folder, "site");

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void Export_AllCodes_WritesPagesJsonAndIndex()
    {
        using var warehouse = _warehouse.Open();
        var written = StaticSiteExporter.Export(warehouse, _out, null, null, CancellationToken.None);
        var expected = CodeCatalog.All(warehouse.Catalog).Select(h => h.Code).ToList();
        expected.ShouldContain("86320");
        expected.ShouldContain("G2211");
        written.ShouldBe(expected.Count);
        foreach (var code in expected)
        {
            File.Exists(Path.Combine(_out, "codes", code + ".html")).ShouldBeTrue(code);
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "api", "codes", code + ".json")));
            doc.RootElement.GetProperty("code").GetString().ShouldBe(code);
        }
        var index = File.ReadAllText(Path.Combine(_out, "assets", "search-index.js"));
        index.ShouldStartWith("window.CODEBRIEF_INDEX = [");
        index.ShouldContain("[\"86320\",\"Immunoelectrophoresis; serum\",\"CLFS 2025 Q2V1.csv (2025Q2V1), row 1560\"]");
        Directory.EnumerateFiles(_out, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public void Export_AllCodes_EveryRelativeLinkResolvesToAFile()
    {
        using (var warehouse = _warehouse.Open())
            StaticSiteExporter.Export(warehouse, _out, null, null, CancellationToken.None);
        var checkedLinks = 0;
        foreach (var page in Directory.EnumerateFiles(_out, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            foreach (Match m in LinkPattern().Matches(html))
            {
                var target = m.Groups[2].Value.Split('?', '#')[0];
                if (target == "data:,") continue; // the empty favicon of the shell
                if (target.Length == 0)
                {
                    // A citation mark: an anchor on the same page, which lists the cited row under that id.
                    html.ShouldContain($"id=\"{m.Groups[2].Value.TrimStart('#')}\"", customMessage: $"{page}: anchor {m.Groups[2].Value} has no target");
                    continue;
                }
                target.StartsWith('/').ShouldBeFalse($"{page}: absolute link {target}");
                target.Contains("://", StringComparison.Ordinal).ShouldBeFalse($"{page}: external link {target}");
                var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(target))); // pages live in a folder
                File.Exists(resolved).ShouldBeTrue($"{page} links to missing {target}");
                checkedLinks++;
            }
            ScriptWithoutSrc().IsMatch(html).ShouldBeFalse($"{page} has an inline script");
        }
        checkedLinks.ShouldBeGreaterThan(50);
    }

    [Fact]
    public void Export_AllCodes_IndexListsEveryPublishedBrief()
    {
        int written;
        using (var warehouse = _warehouse.Open())
            written = StaticSiteExporter.Export(warehouse, _out, null, null, CancellationToken.None);
        var index = File.ReadAllText(Path.Combine(_out, "index.html"));
        var briefs = Directory.EnumerateFiles(Path.Combine(_out, "codes"), "*.html").Select(Path.GetFileName).ToList();
        briefs.Count.ShouldBe(written);
        foreach (var file in briefs) index.ShouldContain($"href=\"codes/{file}\"", customMessage: $"the index does not list {file}");
        index.ShouldContain($"Every published brief, {written} codes");
    }

    [Fact]
    public void Export_SomeCodes_OnlyLinksToExportedCodes()
    {
        HcpcsCode.TryParse("99292", out var code).ShouldBeTrue();
        using (var warehouse = _warehouse.Open())
            StaticSiteExporter.Export(warehouse, _out, [code], null, CancellationToken.None).ShouldBe(1);
        var html = File.ReadAllText(Path.Combine(_out, "codes", "99292.html"));
        // 99291 exists in the warehouse but was not exported, so the page must not link to a missing file.
        html.ShouldNotContain("99291.html");
        File.Exists(Path.Combine(_out, "codes", "99291.html")).ShouldBeFalse();
    }

    [GeneratedRegex("(href|src)=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>")]
    private static partial Regex ScriptWithoutSrc();
}
