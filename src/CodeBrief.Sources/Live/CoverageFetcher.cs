using System.Collections.Concurrent;
using System.Net;

namespace CodeBrief.Sources.Live;

/// <summary>
/// Fetches the billing-and-coding articles of the Medicare Coverage Database from the Coverage API (v1.5, written from its
/// OpenAPI description): the article report list, then per article its record, covered and non-covered ICD-10-CM codes
/// and, with the licence accepted, its CPT/HCPCS codes. The rows are written in the MCD download's column names (the API's
/// field names for these tables) so the readers of <c>Ingest/LcdArticle</c> load them.
/// </summary>
/// <remarks>
/// Polite: at most <see cref="Concurrency"/> requests at once, retries with backoff on 429 and 5xx (<see cref="LiveHttp"/>),
/// and every response cached by article id, version and endpoint (<see cref="LiveCache"/>), so a re-run asks only for the
/// list and for articles whose version changed, and an interrupted run resumes. Nothing reaches the raw store unless every
/// article was fetched whole; an article whose version disappeared between the list and its fetch is left out with a note.
/// Each article's jurisdiction is its primary-jurisdiction states (<c>/v1/data/article/primary-jurisdiction</c>, state ids
/// named through <c>/v1/metadata/states/</c>), written in the report's extra <c>jurisdiction</c> column. The article group
/// paragraphs (<c>icd10-covered-group</c>) and, with the licence, the modifiers (<c>hcpc-modifier</c>) are fetched too; the
/// national coverage endpoints are not (they list no codes: see the README).
/// </remarks>
public sealed class CoverageFetcher
{
    /// <summary>The source name of <c>data fetch --live coverage</c>.</summary>
    public const string Source = "coverage";

    /// <summary>At most this many requests at once.</summary>
    public const int Concurrency = 4;

    /// <summary>The article list's dataset (report rows: title, contractor, dates, link).</summary>
    public const string ArticleDataset = "lcd-article";

    /// <summary>The article-to-CPT/HCPCS dataset.</summary>
    public const string HcpcDataset = "lcd-article-hcpc";

    /// <summary>The covered ICD-10-CM dataset.</summary>
    public const string CoveredDataset = "lcd-article-icd10";

    /// <summary>The non-covered ICD-10-CM dataset.</summary>
    public const string NoncoveredDataset = "lcd-article-icd10-noncovered";

    /// <summary>The covered ICD-10-CM group paragraphs dataset.</summary>
    public const string CoveredGroupDataset = "lcd-article-icd10-group";

    /// <summary>The article CPT/HCPCS modifier dataset (licence-gated like <see cref="HcpcDataset"/>).</summary>
    public const string ModifierDataset = "lcd-article-hcpc-modifier";

    /// <summary>The report of local coverage articles.</summary>
    public const string ArticleListPath = "v1/reports/local-coverage-articles/";

    /// <summary>The state names (<c>state_id</c>, <c>description</c>) that the primary-jurisdiction rows refer to.</summary>
    public const string StatesPath = "v1/metadata/states/";

    /// <summary>The extra report column holding the article's primary-jurisdiction states, "; " between them.</summary>
    public const string JurisdictionColumn = "jurisdiction";

    /// <summary>The licence-agreement token endpoint.</summary>
    public const string LicensePath = "v1/metadata/license-agreement/";

    private static readonly string[] ReportColumns =
    [
        "contractor_name_type", "document_display_id", "document_id", "document_type", "document_version", "effective_date",
        "note", "retirement_date", "title", "updated_on", "updated_on_sort", "url", JurisdictionColumn,
    ];

    /// <summary>One per-article endpoint: its path, whether it needs the licence token, the fields read, where its rows go.</summary>
    private sealed record Endpoint(string Name, string Path, bool Licensed, string[] Required, string[] Columns, string? Dataset, string? FileName);

    private static readonly Endpoint ArticleRecord = new("article", "v1/data/article/", false, ["article_id", "article_version", "title"], [], null, null);

    // The article's states; by the API's note these are its jurisdiction when it has one contractor (else the contractor's).
    private static readonly Endpoint Jurisdiction = new("primary-jurisdiction", "v1/data/article/primary-jurisdiction", false, ["state_id"], [], null, null);

    private static readonly Endpoint[] CodeEndpoints =
    [
        new("icd10-covered", "v1/data/article/icd10-covered", false, ["article_id", "article_version", "icd10_code_id"],
            ["article_id", "article_version", "icd10_code_id", "icd10_code_version", "icd10_covered_group", "range", "sort_order", "description", "asterisk", "last_updated"],
            CoveredDataset, "article_x_icd10_covered.csv"),
        new("icd10-noncovered", "v1/data/article/icd10-noncovered", false, ["article_id", "article_version", "icd10_code_id"],
            ["article_id", "article_version", "icd10_code_id", "icd10_code_version", "icd10_noncovered_group", "range", "sort_order", "description", "last_updated"],
            NoncoveredDataset, "article_x_icd10_noncovered.csv"),
        new("hcpc-code", "v1/data/article/hcpc-code", true, ["article_id", "article_version", "hcpc_code_id"],
            ["article_id", "article_version", "hcpc_code_id", "hcpc_code_version", "hcpc_code_group", "range", "last_updated", "long_description", "short_description"],
            HcpcDataset, "article_x_hcpc_code.csv"),
        new("icd10-covered-group", "v1/data/article/icd10-covered-group", false, ["article_id", "article_version", "icd10_covered_group", "paragraph"],
            ["article_id", "article_version", "icd10_covered_group", "paragraph", "icd10_covered_ast", "last_updated"],
            CoveredGroupDataset, "article_x_icd10_covered_group.csv"),
        // The OpenAPI marks no endpoint's security apart (one global bearer scheme); its modifier descriptions are "CPT/HCPCS
        // Modifier" text, and CPT modifier descriptors are AMA text, so this list is gated with hcpc-code.
        new("hcpc-modifier", "v1/data/article/hcpc-modifier", true, ["article_id", "article_version", "hcpc_modifier_code_id"],
            ["article_id", "article_version", "hcpc_modifier_code_id", "hcpc_modifier_code_version", "hcpc_modifier_group", "description", "last_updated"],
            ModifierDataset, "article_x_hcpc_modifier.csv"),
    ];

    private readonly HttpClient _http;
    private readonly Uri _base;
    private readonly RawStore _store;
    private readonly LiveCache _cache;
    private readonly TimeProvider _clock;
    private int _requests;
    private int _cached;

    /// <summary>Creates the fetcher.</summary>
    /// <param name="http">The client (<see cref="LiveHttp.CreateClient"/>).</param>
    /// <param name="baseUrl">The Coverage API base (<see cref="LiveEndpoints.Coverage"/>).</param>
    /// <param name="store">The home's raw store.</param>
    /// <param name="clock">The clock that stamps retrieved-at.</param>
    public CoverageFetcher(HttpClient http, Uri baseUrl, RawStore store, TimeProvider clock)
    {
        _http = http;
        _base = baseUrl;
        _store = store;
        _cache = new LiveCache(store, Source);
        _clock = clock;
    }

    /// <summary>The datasets this source fills.</summary>
    public static IReadOnlyList<string> Datasets { get; } = [ArticleDataset, HcpcDataset, CoveredDataset, NoncoveredDataset, CoveredGroupDataset, ModifierDataset];

    /// <summary>Fetches every article and places the four files; never throws for a source fault (the report says it).</summary>
    /// <param name="licenseAccepted">The user accepted the AMA/ADA/AHA terms: ask for a token and fetch the CPT/HCPCS lists.</param>
    /// <param name="progress">Called after each article.</param>
    /// <param name="cancellationToken">Stops the fetch; what was cached stays for the next run.</param>
    public async Task<LiveSourceReport> FetchAsync(bool licenseAccepted, LiveProgress? progress, CancellationToken cancellationToken)
    {
        var notes = new ConcurrentQueue<string>();
        try
        {
            var listUrl = LiveJson.Url(_base, ArticleListPath);
            var list = await LiveJson.GetEnvelopeAsync(_http, listUrl, null, ["document_id", "document_version", "document_display_id", "title", "contractor_name_type", "effective_date"], cancellationToken)
                .ConfigureAwait(false);
            Interlocked.Increment(ref _requests);
            // The list is asked every run; an unchanged list keeps the stamp it was first retrieved with, so the file it
            // becomes stays byte for byte the same and a re-run stores nothing new.
            var retrieved = LiveJson.Stamp(_clock.GetUtcNow());
            if (_cache.Find("article-list") is { } earlier && Same(earlier.Rows, list)) retrieved = earlier.RetrievedAt;
            else _cache.Save("article-list", new LiveResponse(listUrl.AbsoluteUri, retrieved, list));

            var states = (await LiveJson.GetEnvelopeAsync(_http, LiveJson.Url(_base, StatesPath), null, ["state_id", "description"], cancellationToken)
                .ConfigureAwait(false)).GroupBy(r => r["state_id"], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First()["description"], StringComparer.Ordinal);
            Interlocked.Increment(ref _requests);

            string? token = null;
            if (licenseAccepted) token = await TokenAsync(notes, cancellationToken).ConfigureAwait(false);
            else notes.Enqueue("the AMA/ADA/AHA licence terms are not accepted, so the articles' CPT/HCPCS code and modifier lists (hcpc-code, hcpc-modifier) were not fetched; "
                + "run `codebrief data fetch --live coverage --accept-cms-license` to accept them.");

            // One entry per article: the newest version the report lists.
            var articles = list
                .Select(r => (Id: Digits(r["document_id"]), Version: Digits(r["document_version"]), Row: r))
                .Where(a => a.Id is not null && a.Version is not null)
                .GroupBy(a => a.Id!, StringComparer.Ordinal)
                .Select(g => g.OrderByDescending(a => long.Parse(a.Version!, System.Globalization.CultureInfo.InvariantCulture)).First())
                .OrderBy(a => long.Parse(a.Id!, System.Globalization.CultureInfo.InvariantCulture))
                .ToList();

            var results = new ConcurrentDictionary<string, Dictionary<string, LiveResponse>>(StringComparer.Ordinal);
            var tokenRefused = 0;
            var done = 0;
            progress?.Invoke(Source, 0, articles.Count);
            await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
                async (article, ct) =>
                {
                    var key = $"{article.Id}-v{article.Version}";
                    var record = await GetAsync(ArticleRecord, article.Id!, article.Version!, null, ct).ConfigureAwait(false);
                    if (record is null || record.Rows.Count == 0)
                        notes.Enqueue($"article A{article.Id} version {article.Version} was listed but the API no longer serves that version "
                            + "(it changed while fetching); it was left out: fetch again later.");
                    else
                    {
                        var responses = new Dictionary<string, LiveResponse>(StringComparer.Ordinal);
                        responses[Jurisdiction.Name] = (await GetAsync(Jurisdiction, article.Id!, article.Version!, null, ct).ConfigureAwait(false))!;
                        foreach (var endpoint in CodeEndpoints)
                        {
                            if (endpoint.Licensed && (token is null || Volatile.Read(ref tokenRefused) != 0)) continue;
                            try
                            {
                                responses[endpoint.Name] = (await GetAsync(endpoint, article.Id!, article.Version!, endpoint.Licensed ? token : null, ct).ConfigureAwait(false))!;
                            }
                            catch (LiveSourceException ex) when (endpoint.Licensed && ex.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                            {
                                if (Interlocked.Exchange(ref tokenRefused, 1) == 0)
                                    notes.Enqueue($"the Coverage API refused the licence token ({ex.Message}); the articles' CPT/HCPCS code lists were not stored.");
                            }
                        }
                        results[key] = responses;
                    }
                    progress?.Invoke(Source, Interlocked.Increment(ref done), articles.Count);
                }).ConfigureAwait(false);

            var included = articles.Where(a => results.ContainsKey($"{a.Id}-v{a.Version}")).ToList();
            var files = new List<FetchedFile>();
            var work = Path.Combine(_cache.Folder, ".out-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            try
            {
                var report = new LiveResponse(listUrl.AbsoluteUri, retrieved,
                    included.Select(a => WithJurisdiction(a.Row, results[$"{a.Id}-v{a.Version}"][Jurisdiction.Name], states)).ToList());
                files.Add(Place(work, ArticleDataset, "local-coverage-articles.csv", ReportColumns, [report], listUrl));
                foreach (var endpoint in CodeEndpoints)
                {
                    if (endpoint.Licensed && (token is null || tokenRefused != 0)) continue;
                    var rows = included.Select(a => results[$"{a.Id}-v{a.Version}"].GetValueOrDefault(endpoint.Name)).OfType<LiveResponse>().ToList();
                    files.Add(Place(work, endpoint.Dataset!, endpoint.FileName!, endpoint.Columns, rows, LiveJson.Url(_base, endpoint.Path)));
                }
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
            return new LiveSourceReport(Source, files, _requests, _cached, notes.ToList(), null);
        }
        catch (LiveSourceException ex)
        {
            return new LiveSourceReport(Source, [], _requests, _cached, notes.ToList(), ex.Message, ex.Unreachable);
        }
    }

    /// <summary>A fresh licence token, or null (with a note) when the API refuses one.</summary>
    private async Task<string?> TokenAsync(ConcurrentQueue<string> notes, CancellationToken cancellationToken)
    {
        var url = LiveJson.Url(_base, LicensePath);
        try
        {
            var rows = await LiveJson.GetEnvelopeAsync(_http, url, null, ["token"], cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _requests);
            if (rows.Count > 0 && rows[0]["token"] is { Length: > 0 } token) return token;
            notes.Enqueue($"{url}: the Coverage API gave no licence token, so the articles' CPT/HCPCS code lists were not fetched.");
        }
        catch (LiveSourceException ex) when (ex.Status is { } status && (int)status is >= 400 and < 500)
        {
            notes.Enqueue($"the Coverage API refused the licence token ({ex.Message}); the articles' CPT/HCPCS code lists were not fetched.");
        }
        return null;
    }

    /// <summary>The rows of one article endpoint, from the cache when it holds them; an empty article record is not cached.</summary>
    private async Task<LiveResponse?> GetAsync(Endpoint endpoint, string id, string version, string? token, CancellationToken cancellationToken)
    {
        var key = $"{id}-v{version}-{endpoint.Name}";
        if (_cache.Find(key) is { } hit)
        {
            Interlocked.Increment(ref _cached);
            return hit;
        }
        var url = LiveJson.Url(_base, endpoint.Path, ("articleid", id), ("ver", version));
        IReadOnlyList<IReadOnlyDictionary<string, string>> rows;
        try
        {
            rows = await LiveJson.GetEnvelopeAsync(_http, url, token, endpoint.Required, cancellationToken).ConfigureAwait(false);
        }
        catch (LiveSourceException ex) when (endpoint == ArticleRecord && ex.Status == HttpStatusCode.NotFound)
        {
            // The version was replaced between the list and this request.
            Interlocked.Increment(ref _requests);
            return null;
        }
        Interlocked.Increment(ref _requests);
        var response = new LiveResponse(url.AbsoluteUri, LiveJson.Stamp(_clock.GetUtcNow()), rows);
        if (endpoint != ArticleRecord || rows.Count > 0) _cache.Save(key, response);
        return response;
    }

    private FetchedFile Place(string work, string dataset, string fileName, IReadOnlyList<string> columns, IEnumerable<LiveResponse> responses, Uri origin)
    {
        var path = Path.Combine(work, fileName);
        LiveCsv.Write(path, columns, responses);
        return _store.Place(dataset, path, fileName, origin.AbsoluteUri, FetchOutcome.Downloaded, contentChecked: false);
    }

    /// <summary>The report row with its <see cref="JurisdictionColumn"/>: the state names in the API's order; an id the states
    /// list lacks is kept as the id, so nothing is dropped.</summary>
    private static IReadOnlyDictionary<string, string> WithJurisdiction(IReadOnlyDictionary<string, string> row, LiveResponse jurisdiction,
        Dictionary<string, string> states)
    {
        var names = jurisdiction.Rows.Select(r => r["state_id"]).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)
            .Select(id => states.TryGetValue(id, out var name) && name.Trim().Length > 0 ? name.Trim() : "state " + id);
        return new Dictionary<string, string>(row, StringComparer.Ordinal) { [JurisdictionColumn] = string.Join("; ", names) };
    }

    private static bool Same(IReadOnlyList<IReadOnlyDictionary<string, string>> a, IReadOnlyList<IReadOnlyDictionary<string, string>> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Count == p.Second.Count
            && p.First.All(kv => p.Second.TryGetValue(kv.Key, out var v) && v == kv.Value));

    private static string? Digits(string text)
    {
        var t = text.Trim();
        return t.Length > 0 && t.All(char.IsAsciiDigit) ? t : null;
    }
}
