using System.Collections.Concurrent;
using System.Text;
using CodeBrief.Core.Codes;
using CodeBrief.Render.Site;
using CodeBrief.Web.Data;
using CodeBrief.Web.Pages;

namespace CodeBrief.Web.Briefs;

/// <summary>
/// Renders each code's brief once and keeps the bytes. The server opens the warehouse read-only, so nothing can change
/// underneath a cached page while it runs. Thread-safe; at most one render per code runs at a time.
/// </summary>
public sealed class BriefCache
{
    private readonly WarehouseReader _warehouse;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, Lazy<CachedBrief?>> _entries = new(StringComparer.Ordinal);

    /// <summary>Creates an empty cache over <paramref name="warehouse"/> holding at most <paramref name="capacity"/> codes.</summary>
    public BriefCache(WarehouseReader warehouse, int capacity)
    {
        _warehouse = warehouse;
        _capacity = capacity;
    }

    /// <summary>The rendered brief of <paramref name="code"/>, or null when no loaded source has the code.</summary>
    public CachedBrief? Get(HcpcsCode code)
    {
        if (_entries.TryGetValue(code.Value, out var hit)) return hit.Value;
        var lazy = new Lazy<CachedBrief?>(() => Render(code), LazyThreadSafetyMode.ExecutionAndPublication);
        // Past capacity, render without keeping, so a crawl over every code cannot grow memory without bound.
        if (_entries.Count >= _capacity) return lazy.Value;
        return _entries.GetOrAdd(code.Value, lazy).Value;
    }

    private CachedBrief? Render(HcpcsCode code)
    {
        using var connection = _warehouse.Open();
        var content = BriefComposer.Compose(connection, code);
        if (content is null) return null;
        var page = SitePages.Brief(content, SiteLinks.InCodes(LinkStyle.Served));
        return new CachedBrief(content, Encoding.UTF8.GetBytes(page), Encoding.UTF8.GetBytes(content.Json), Encoding.UTF8.GetBytes(content.BenchmarksJson));
    }
}
