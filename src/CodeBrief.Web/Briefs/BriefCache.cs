using System.Collections.Concurrent;
using System.Text;
using CodeBrief.Core.Codes;
using CodeBrief.Dossier;
using CodeBrief.Render.Site;
using CodeBrief.Warehouse;
using CodeBrief.Web.Pages;

namespace CodeBrief.Web.Briefs;

/// <summary>
/// Renders each code's brief once and keeps the bytes, for as long as the warehouse's data version stays the same: a load
/// or ingest that commits while the server runs empties the cache, and the next request renders from the new data.
/// Thread-safe: renders and the version check run one at a time because they share one warehouse (and its one
/// connection), which is not thread-safe; kept briefs are then read lock-free.
/// </summary>
public sealed class BriefCache : IDisposable
{
    private readonly IWarehouse _warehouse;
    private readonly TimeProvider _clock;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, Lazy<CachedBrief?>> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private BriefComposer? _composer;
    private long _dataVersion = -1;

    /// <summary>Creates an empty cache over <paramref name="warehouse"/> holding at most <paramref name="capacity"/> codes.</summary>
    /// <param name="warehouse">A warehouse opened read-only; the cache owns it from now on, uses it only under its lock and disposes it.</param>
    /// <param name="clock">Dates the briefs ("generated on").</param>
    /// <param name="capacity">Most codes kept; past it, briefs are rendered for each request and not kept.</param>
    public BriefCache(IWarehouse warehouse, TimeProvider clock, int capacity)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        _warehouse = warehouse;
        _clock = clock;
        _capacity = capacity;
    }

    /// <summary>The rendered brief of <paramref name="code"/>, or null when no loaded source has the code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="place">A ZIP or locality to price the code in as well; such briefs are rendered for each request, never kept.</param>
    /// <exception cref="Core.Errors.UsageException">The place is not in the loaded files.</exception>
    public CachedBrief? Get(HcpcsCode code, LocationQuery? place = null)
    {
        Refresh();
        if (place is not null) return Render(code, place);
        if (_entries.TryGetValue(code.Value, out var hit)) return hit.Value;
        var lazy = new Lazy<CachedBrief?>(() => Render(code), LazyThreadSafetyMode.ExecutionAndPublication);
        // Past capacity, render without keeping, so a crawl over every code cannot grow memory without bound.
        if (_entries.Count >= _capacity) return lazy.Value;
        return _entries.GetOrAdd(code.Value, lazy).Value;
    }

    /// <summary>Closes the warehouse the cache owns.</summary>
    public void Dispose()
    {
        lock (_gate) _warehouse.Dispose();
    }

    /// <summary>Drops every kept brief and the composer (its source list and code list) when a load has committed since.</summary>
    private void Refresh()
    {
        lock (_gate)
        {
            var version = _warehouse.Sources.DataVersion();
            if (version == _dataVersion) return;
            _entries.Clear();
            _composer = null;
            _dataVersion = version;
        }
    }

    private CachedBrief? Render(HcpcsCode code, LocationQuery? place = null)
    {
        BriefContent? content;
        lock (_gate)
        {
            _composer ??= new BriefComposer(_warehouse, _clock);
            content = _composer.Compose(code, place);
        }
        if (content is null) return null;
        var page = SitePages.Brief(content, SiteLinks.InCodes(LinkStyle.Served));
        return new CachedBrief(content, Encoding.UTF8.GetBytes(page), Encoding.UTF8.GetBytes(content.Json), Encoding.UTF8.GetBytes(content.BenchmarksJson));
    }
}
