using System.Globalization;
using System.Text.Json;

namespace CodeBrief.Sources.Live;

/// <summary>
/// Fetches "Medicare Physician &amp; Other Practitioners" from the data.cms.gov data API, newest data year: the whole
/// "by Geography and Service" dataset (national and state rows per code; the brief's policy notes) and, for the codes
/// asked, the "by Provider and Service" rows (which carry <c>Rndrng_Prvdr_Type</c>, so the taxonomy table can rank
/// provider types by services; the geography dataset has no provider type). Rows are written as CSV in the dataset's
/// column names, the layout of its CSV download, so the readers of <c>Ingest/MedicareUtilization</c> load them.
/// </summary>
/// <remarks>
/// The dataset ids change with every release, so they are found in the catalogue (<c>/data.json</c>) by title, taking the
/// API distribution with the newest <c>temporal</c> year. Pages are <c>size</c>/<c>offset</c> requests; a page shorter
/// than the size is the last. Each page is cached under the dataset id, so a re-run asks only for the catalogue.
/// The provider dataset is not fetched whole (it has millions of rows): its CSV download loads with <c>data load FILE</c>.
/// </remarks>
public sealed class UtilizationFetcher
{
    /// <summary>The source name of <c>data fetch --live utilization</c>.</summary>
    public const string Source = "utilization";

    /// <summary>The geography dataset id in the warehouse.</summary>
    public const string GeoDataset = "medicare-utilization";

    /// <summary>The provider dataset id in the warehouse.</summary>
    public const string ProviderDataset = "medicare-utilization-provider";

    /// <summary>The catalogue title of the geography dataset.</summary>
    public const string GeoTitle = "Medicare Physician & Other Practitioners - by Geography and Service";

    /// <summary>The catalogue title of the provider dataset.</summary>
    public const string ProviderTitle = "Medicare Physician & Other Practitioners - by Provider and Service";

    /// <summary>Rows per page: the data API's maximum.</summary>
    public const int DefaultPageSize = 5000;

    private static readonly string[] GeoColumns =
    [
        "Rndrng_Prvdr_Geo_Lvl", "Rndrng_Prvdr_Geo_Cd", "Rndrng_Prvdr_Geo_Desc", "HCPCS_Cd", "HCPCS_Desc", "HCPCS_Drug_Ind",
        "Place_Of_Srvc", "Tot_Rndrng_Prvdrs", "Tot_Benes", "Tot_Srvcs", "Tot_Bene_Day_Srvcs", "Avg_Sbmtd_Chrg",
        "Avg_Mdcr_Alowd_Amt", "Avg_Mdcr_Pymt_Amt", "Avg_Mdcr_Stdzd_Amt",
    ];

    private static readonly string[] ProviderColumns =
        ["Rndrng_NPI", "Rndrng_Prvdr_Type", "HCPCS_Cd", "HCPCS_Desc", "Place_Of_Srvc", "Tot_Benes", "Tot_Srvcs", "Avg_Mdcr_Alowd_Amt"];

    private readonly HttpClient _http;
    private readonly Uri _base;
    private readonly RawStore _store;
    private readonly LiveCache _cache;
    private readonly TimeProvider _clock;
    private readonly int _pageSize;
    private int _requests;
    private int _cached;

    /// <summary>Creates the fetcher.</summary>
    /// <param name="http">The client (<see cref="LiveHttp.CreateClient"/>).</param>
    /// <param name="baseUrl">The data.cms.gov base (<see cref="LiveEndpoints.DataCms"/>).</param>
    /// <param name="store">The home's raw store.</param>
    /// <param name="clock">The clock that stamps retrieved-at.</param>
    /// <param name="pageSize">Rows per page (<see cref="DefaultPageSize"/>).</param>
    public UtilizationFetcher(HttpClient http, Uri baseUrl, RawStore store, TimeProvider clock, int pageSize = DefaultPageSize)
    {
        _http = http;
        _base = baseUrl;
        _store = store;
        _cache = new LiveCache(store, Source);
        _clock = clock;
        _pageSize = pageSize;
    }

    /// <summary>The datasets this source fills.</summary>
    public static IReadOnlyList<string> Datasets { get; } = [GeoDataset, ProviderDataset];

    /// <summary>Fetches the geography dataset and the provider rows of <paramref name="codes"/>; never throws for a source fault.</summary>
    public async Task<LiveSourceReport> FetchAsync(IReadOnlyList<string> codes, LiveProgress? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var notes = new List<string>();
        try
        {
            var catalogue = LiveJson.Url(_base, "data.json");
            var (geo, provider) = await FindAsync(catalogue, cancellationToken).ConfigureAwait(false);
            var geoPages = await PagesAsync(geo, null, GeoColumns, progress, cancellationToken).ConfigureAwait(false);
            var providerPages = new List<LiveResponse>();
            if (codes.Count == 0)
                notes.Add("no --code given, so no \"by Provider and Service\" rows were fetched and the taxonomy tables have no provider types; "
                    + "name the codes with --code, or load the dataset's CSV download with `codebrief data load FILE`.");
            foreach (var code in codes)
                providerPages.AddRange(await PagesAsync(provider, code, ProviderColumns, progress, cancellationToken).ConfigureAwait(false));

            var files = new List<FetchedFile>();
            var work = Path.Combine(_cache.Folder, ".out-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            try
            {
                files.Add(Place(work, GeoDataset, $"Medicare_Physician_Other_Practitioners_by_Geography_and_Service_{geo.Year}.csv", GeoColumns, geoPages, geo.Url));
                if (codes.Count > 0)
                    files.Add(Place(work, ProviderDataset, $"Medicare_Physician_Other_Practitioners_by_Provider_and_Service_{provider.Year}.csv",
                        ProviderColumns, providerPages, provider.Url));
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
            return new LiveSourceReport(Source, files, _requests, _cached, notes, null);
        }
        catch (LiveSourceException ex)
        {
            return new LiveSourceReport(Source, [], _requests, _cached, notes, ex.Message, ex.Unreachable);
        }
    }

    /// <summary>One dataset's newest API distribution.</summary>
    private sealed record Distribution(string Id, Uri Url, string Year);

    private async Task<(Distribution Geo, Distribution Provider)> FindAsync(Uri catalogue, CancellationToken cancellationToken)
    {
        using var document = await LiveJson.GetAsync(_http, catalogue, null, cancellationToken).ConfigureAwait(false);
        _requests++;
        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("dataset", out var datasets)
            || datasets.ValueKind != JsonValueKind.Array)
            throw new LiveSourceException(catalogue, $"{catalogue}: the catalogue has no field \"dataset\" (an array); its layout changed, so nothing from this source was stored.");
        return (Newest(catalogue, datasets, GeoTitle), Newest(catalogue, datasets, ProviderTitle));
    }

    private static Distribution Newest(Uri catalogue, JsonElement datasets, string title)
    {
        foreach (var dataset in datasets.EnumerateArray())
        {
            if (dataset.ValueKind != JsonValueKind.Object || !dataset.TryGetProperty("title", out var t) || t.GetString() != title) continue;
            if (!dataset.TryGetProperty("distribution", out var distributions) || distributions.ValueKind != JsonValueKind.Array)
                throw new LiveSourceException(catalogue, $"{catalogue}: the dataset \"{title}\" has no field \"distribution\"; the catalogue's layout changed.");
            Distribution? best = null;
            foreach (var d in distributions.EnumerateArray())
            {
                if (Field(d, "format") != "API" || Field(d, "accessURL") is not { } access || Field(d, "temporal") is not { Length: >= 4 } temporal) continue;
                if (!Uri.TryCreate(access, UriKind.Absolute, out var url)) continue;
                var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
                var at = Array.IndexOf(segments, "dataset");
                if (at < 0 || at + 1 >= segments.Length) continue;
                var year = temporal[..4];
                if (!year.All(char.IsAsciiDigit)) continue;
                if (best is null || string.CompareOrdinal(year, best.Year) > 0) best = new Distribution(segments[at + 1], url, year);
            }
            return best ?? throw new LiveSourceException(catalogue,
                $"{catalogue}: the dataset \"{title}\" lists no API distribution with \"accessURL\" and \"temporal\"; the catalogue's layout changed.");
        }
        throw new LiveSourceException(catalogue, $"{catalogue}: no dataset titled \"{title}\" is in the catalogue.");
    }

    private static string? Field(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Every page of <paramref name="distribution"/> (filtered to <paramref name="code"/> when given), cached ones first.</summary>
    private async Task<List<LiveResponse>> PagesAsync(Distribution distribution, string? code, IReadOnlyList<string> required,
        LiveProgress? progress, CancellationToken cancellationToken)
    {
        var pages = new List<LiveResponse>();
        for (var offset = 0; ; offset += _pageSize)
        {
            var key = $"{distribution.Id}-{(code is null ? "all" : code)}-{_pageSize}-{offset}";
            var page = _cache.Find(key);
            if (page is not null) _cached++;
            else
            {
                var query = new List<(string, string)>();
                if (code is not null) query.Add(("filter[HCPCS_Cd]", code));
                query.Add(("size", _pageSize.ToString(CultureInfo.InvariantCulture)));
                query.Add(("offset", offset.ToString(CultureInfo.InvariantCulture)));
                var url = LiveJson.Url(distribution.Url, "", [.. query]);
                var rows = await LiveJson.GetArrayAsync(_http, url, required, cancellationToken).ConfigureAwait(false);
                _requests++;
                page = new LiveResponse(url.AbsoluteUri, LiveJson.Stamp(_clock.GetUtcNow()), rows);
                _cache.Save(key, page);
            }
            pages.Add(page);
            progress?.Invoke(Source, pages.Count, page.Rows.Count < _pageSize ? pages.Count : pages.Count + 1);
            if (page.Rows.Count < _pageSize) return pages;
        }
    }

    private FetchedFile Place(string work, string dataset, string fileName, IReadOnlyList<string> columns, IEnumerable<LiveResponse> responses, Uri origin)
    {
        var path = Path.Combine(work, fileName);
        LiveCsv.Write(path, columns, responses);
        return _store.Place(dataset, path, fileName, origin.AbsoluteUri, FetchOutcome.Downloaded, contentChecked: false);
    }
}
