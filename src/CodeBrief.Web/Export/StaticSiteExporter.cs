using System.Text;
using System.Text.Json;
using CodeBrief.Core;
using CodeBrief.Core.Codes;
using CodeBrief.Core.Errors;
using CodeBrief.Render.Site;
using CodeBrief.Warehouse;
using CodeBrief.Web.Briefs;
using CodeBrief.Web.Data;
using CodeBrief.Web.Pages;

namespace CodeBrief.Web.Export;

/// <summary>
/// Writes the whole site as static files that work from a plain file server and offline from disk: every link is
/// relative, brief pages are <c>codes/CODE.html</c>, the JSON briefs <c>api/codes/CODE.json</c>, and search runs in the
/// browser over <c>assets/search-index.js</c>. Files are written atomically (temp file, then rename).
/// </summary>
public static class StaticSiteExporter
{
    /// <summary>Exports every known code, or only <paramref name="codes"/> when given; returns how many briefs were written.</summary>
    /// <param name="warehouse">The warehouse to read (read-only is enough); the caller disposes it.</param>
    /// <param name="directory">Output folder (created).</param>
    /// <param name="codes">Codes to export, or null for all.</param>
    /// <param name="progress">Called after each brief with (done, total).</param>
    /// <param name="cancellationToken">Stops between briefs.</param>
    public static int Export(IWarehouse warehouse, string directory, IReadOnlyList<HcpcsCode>? codes, Action<int, int>? progress, CancellationToken cancellationToken)
        => Export(warehouse, directory, codes, TimeProvider.System, progress, cancellationToken);

    /// <summary>As <see cref="Export(IWarehouse, string, IReadOnlyList{HcpcsCode}?, Action{int, int}?, CancellationToken)"/>, dating the briefs by <paramref name="clock"/>.</summary>
    public static int Export(IWarehouse warehouse, string directory, IReadOnlyList<HcpcsCode>? codes, TimeProvider clock, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        Directory.CreateDirectory(Path.Combine(directory, "codes"));
        Directory.CreateDirectory(Path.Combine(directory, "assets"));
        Directory.CreateDirectory(Path.Combine(directory, "api", "codes"));
        var composer = new BriefComposer(warehouse, clock);
        var all = CodeCatalog.All(warehouse.Catalog);
        var requested = codes?.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var wanted = requested is null ? all : all.Where(h => requested.Contains(h.Code)).ToList();
        if (requested is not null && requested.Except(wanted.Select(h => h.Code)).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } unknown)
            throw new UsageException($"Not in the loaded code sets: {string.Join(", ", unknown)}. Check the codes, or load the file that lists them.");
        var exportedCodes = wanted.Select(h => h.Code).ToHashSet(StringComparer.Ordinal);

        var root = SiteLinks.AtRoot(LinkStyle.Static);
        var inCodes = SiteLinks.InCodes(LinkStyle.Static);
        var sources = warehouse.Sources.All();
        Write(directory, "sources.html", SitePages.Sources(sources, root));
        Write(directory, "search.html", SitePages.StaticSearch(root));
        Write(directory, "rules.html", SitePages.Rules(Dossier.Rules.RuleCatalog.Publish(warehouse.Reference), root));
        Write(directory, "assets/" + SiteAssets.CssFile, SiteAssets.Css);
        Write(directory, "assets/" + SiteAssets.SearchScriptFile, SiteAssets.SearchScript);
        Write(directory, "assets/" + SiteAssets.SuggestScriptFile, SiteAssets.SuggestScript);
        // The index is loaded as a script, so it keeps the escapes that stop a descriptor from closing the script element.
        var index = JsonSerializer.Serialize(wanted.Select(h => new[] { h.Code, h.Descriptor, h.Source }), CodeBriefJson.Html);
        Write(directory, "assets/" + SiteAssets.SearchIndexJsonFile, index);
        Write(directory, "assets/" + SiteAssets.SearchIndexScriptFile, "window.CODEBRIEF_INDEX = " + index + ";\n");

        var done = 0;
        var published = new List<CodeHit>(wanted.Count);
        foreach (var hit in wanted)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Codes come from the warehouse, but only well-formed ones may become file names.
            if (!HcpcsCode.TryParse(hit.Code, out var code) || code.Value != hit.Code) continue;
            var content = composer.Compose(code);
            if (content is null) continue;
            var exported = content with { Related = content.Related.Where(r => exportedCodes.Contains(r.Code)).ToList() };
            Write(directory, $"codes/{code.Value}.html", SitePages.Brief(exported, inCodes));
            Write(directory, $"api/codes/{code.Value}.json", content.Json);
            Write(directory, $"api/codes/{code.Value}.benchmarks.json", content.BenchmarksJson);
            done++;
            published.Add(hit);
            progress?.Invoke(done, wanted.Count);
        }
        // Written last, so the index lists exactly the briefs this export wrote, by family.
        Write(directory, "index.html", SitePages.Home(sources, root, published, listEveryCode: true));
        return done;
    }

    private static void Write(string directory, string relative, string text)
    {
        var path = Path.Combine(directory, relative);
        var temp = path + ".tmp";
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }
}
