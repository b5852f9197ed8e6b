using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace CodeBrief.Testing;

/// <summary>
/// A local HTTP server (HttpListener on 127.0.0.1) answering as the CMS Coverage API v1.5 (the <c>meta</c>/<c>data</c>
/// envelope and field names of <c>shared/data/mcd_coverage/coverage-api-v1.5-openapi.json</c>) and the data.cms.gov data
/// API (<c>/data.json</c> catalogue; <c>/data-api/v1/dataset/{id}/data</c> answering a JSON array of row objects in the
/// dataset's column names, paged by <c>size</c>/<c>offset</c>, filtered by <c>filter[COLUMN]</c>). The articles, contractors
/// and figures are ILLUSTRATIVE (article ids 999xx are not real articles); the ICD-10-CM and HCPCS codes are real codes.
/// Counts every request; <see cref="Fault"/> lets a test answer a request its own way (429, 500, a cut body, a renamed field).
/// </summary>
internal sealed class FakeCmsApi : IDisposable
{
    public const string Token = "fake-license-token";
    public const string GeoId = "11111111-2222-3333-4444-555555555555";
    public const string ProviderId = "66666666-7777-8888-9999-000000000000";

    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly ConcurrentDictionary<string, int> _asked = new(StringComparer.Ordinal);

    public FakeCmsApi()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The server's base URL (both APIs answer under it).</summary>
    public Uri BaseUrl { get; }

    /// <summary>Every request as path and query, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Answers a request (path and query, times asked before) instead of the normal answer when it returns non-null.</summary>
    public Func<string, int, (int Status, string Body)?>? Fault { get; set; }

    /// <summary>Article ids whose listed version the article endpoint no longer serves (replaced between list and fetch).</summary>
    public HashSet<string> Disappeared { get; } = [];

    /// <summary>Requests whose path starts with <paramref name="prefix"/>.</summary>
    public int Count(string prefix) => Requests.Count(r => r.StartsWith(prefix, StringComparison.Ordinal));

    // Report rows: two articles listing 80061 and one listing only 82465.
    private static readonly object[] Articles =
    [
        Report("99911", 3, "Lipid Testing (illustrative)", "Example MAC One, LLC\n(MAC - Part B)", "01/01/2025", "20251001120000"),
        Report("99912", 5, "Lipid Panel Billing and Coding (illustrative)", "Example MAC Two, Inc.\n(MAC - Part A, MAC - Part B)", "03/15/2025", "20251110093000"),
        Report("99913", 2, "Cholesterol Screening (illustrative)", "Example MAC One, LLC\n(MAC - Part B)", "07/01/2024", "20240601080000"),
    ];

    private static object Report(string id, int version, string title, string contractor, string effective, string sort) => new Dictionary<string, object?>
    {
        ["document_id"] = id, ["document_version"] = version, ["document_display_id"] = "A" + id, ["document_type"] = "Article",
        ["note"] = "", ["title"] = title, ["contractor_name_type"] = contractor, ["updated_on"] = $"{sort[4..6]}/{sort[6..8]}/{sort[..4]}",
        ["updated_on_sort"] = sort, ["effective_date"] = effective, ["retirement_date"] = "N/A",
        ["url"] = $"https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleid={id}&ver={version}",
    };

    // Primary-jurisdiction state ids per article (the ids of /v1/metadata/states/ below; 99913 lists an id the states lack).
    private static readonly Dictionary<string, int[]> States = new()
    {
        ["99911"] = [6, 32], ["99912"] = [36], ["99913"] = [99],
    };

    private static readonly object[] StateNames =
    [
        new Dictionary<string, object?> { ["state_id"] = 6, ["description"] = "California" },
        new Dictionary<string, object?> { ["state_id"] = 32, ["description"] = "Nevada" },
        new Dictionary<string, object?> { ["state_id"] = 36, ["description"] = "New York" },
    ];

    private static readonly Dictionary<string, string[]> Hcpc = new()
    {
        ["99911"] = ["80061", "82465"], ["99912"] = ["80061"], ["99913"] = ["82465"],
    };

    private static readonly Dictionary<string, (string Code, string Description)[]> Covered = new()
    {
        ["99911"] = [("E78.5", "Hyperlipidemia, unspecified"), ("I10", "Essential (primary) hypertension"), ("E78.00", "Pure hypercholesterolemia, unspecified"), ("E11.9", "Type 2 diabetes mellitus without complications")],
        ["99912"] = [("E78.5", "Hyperlipidemia, unspecified"), ("I10", "Essential (primary) hypertension")],
        ["99913"] = [("E78.5", "Hyperlipidemia, unspecified")],
    };

    private static readonly Dictionary<string, (string Code, string Description)[]> Noncovered = new()
    {
        ["99911"] = [("Z00.00", "Encounter for general adult medical examination without abnormal findings")], ["99912"] = [], ["99913"] = [],
    };

    /// <summary>"by Geography and Service" rows (illustrative figures), 2023.</summary>
    public static readonly Dictionary<string, string>[] GeoRows =
    [
        Geo("National", "", "National", "80061", "F", "1200", "40000", "52000", "16.12"),
        Geo("National", "", "National", "80061", "O", "9800", "2500000", "3100000", "13.39"),
        Geo("State", "01", "Alabama", "80061", "O", "150", "41000", "50000", "12.95"),
        Geo("National", "", "National", "82465", "O", "7000", "900000", "1000000", "4.47"),
    ];

    private static Dictionary<string, string> Geo(string level, string code, string desc, string hcpcs, string pos, string providers, string benes, string services, string allowed) => new()
    {
        ["Rndrng_Prvdr_Geo_Lvl"] = level, ["Rndrng_Prvdr_Geo_Cd"] = code, ["Rndrng_Prvdr_Geo_Desc"] = desc, ["HCPCS_Cd"] = hcpcs,
        ["HCPCS_Desc"] = "Lab test (illustrative)", ["HCPCS_Drug_Ind"] = "N", ["Place_Of_Srvc"] = pos, ["Tot_Rndrng_Prvdrs"] = providers,
        ["Tot_Benes"] = benes, ["Tot_Srvcs"] = services, ["Tot_Bene_Day_Srvcs"] = services, ["Avg_Sbmtd_Chrg"] = "40.5",
        ["Avg_Mdcr_Alowd_Amt"] = allowed, ["Avg_Mdcr_Pymt_Amt"] = allowed, ["Avg_Mdcr_Stdzd_Amt"] = allowed,
    };

    /// <summary>"by Provider and Service" rows for 80061 (illustrative NPIs and figures), 2023.</summary>
    public static readonly Dictionary<string, string>[] ProviderRows =
    [
        Provider("1000000101", "Clinical Laboratory", "80061", "O", "30000", "36000", "13.1"),
        Provider("1000000102", "Clinical Laboratory", "80061", "O", "20000", "24000", "13.2"),
        Provider("1000000103", "Internal Medicine", "80061", "O", "900", "1000", "14"),
        Provider("1000000104", "Family Practice", "80061", "O", "500", "600", "14"),
        Provider("1000000105", "Internal Medicine", "82465", "O", "300", "300", "4.5"),
    ];

    private static Dictionary<string, string> Provider(string npi, string type, string hcpcs, string pos, string benes, string services, string allowed) => new()
    {
        ["Rndrng_NPI"] = npi, ["Rndrng_Prvdr_Last_Org_Name"] = "Example", ["Rndrng_Prvdr_Type"] = type, ["HCPCS_Cd"] = hcpcs,
        ["HCPCS_Desc"] = "Lab test (illustrative)", ["Place_Of_Srvc"] = pos, ["Tot_Benes"] = benes, ["Tot_Srvcs"] = services,
        ["Avg_Sbmtd_Chrg"] = "40", ["Avg_Mdcr_Alowd_Amt"] = allowed, ["Avg_Mdcr_Pymt_Amt"] = allowed,
    };

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync().ConfigureAwait(false); }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            var url = context.Request.Url!;
            var key = url.AbsolutePath + url.Query;
            Requests.Enqueue(key);
            var times = _asked.AddOrUpdate(key, 0, (_, n) => n + 1);
            var (status, body) = Fault?.Invoke(key, times) ?? Answer(context.Request);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(body);
            try
            {
                await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
                context.Response.Close();
            }
            catch (HttpListenerException) { /* the client gave up */ }
        }
    }

    private (int, string) Answer(HttpListenerRequest request)
    {
        var path = request.Url!.AbsolutePath;
        var q = request.QueryString;
        var id = q["articleid"] ?? "";
        var ver = q["ver"] ?? "";
        var listed = Articles.Cast<Dictionary<string, object?>>().FirstOrDefault(a => (string)a["document_id"]! == id);
        bool Known() => listed is not null && listed["document_version"]!.ToString() == ver;
        switch (path)
        {
            case "/v1/reports/local-coverage-articles/":
                return Envelope(Articles);
            case "/v1/metadata/states/":
                return Envelope(StateNames);
            case "/v1/data/article/primary-jurisdiction":
                return Envelope(Known() ? States[id].Select(st => (object)new Dictionary<string, object?>
                {
                    ["lcd_id"] = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), ["lcd_version"] = int.Parse(ver, System.Globalization.CultureInfo.InvariantCulture),
                    ["state_id"] = st, ["last_updated"] = "10/01/2025",
                }).ToArray() : []);
            case "/v1/data/article/icd10-covered-group":
                // One group per article, with the paragraph the article prints above its codes (99913 has none).
                return Envelope(Known() && id != "99913" ? [new Dictionary<string, object?>
                {
                    ["article_id"] = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), ["article_version"] = int.Parse(ver, System.Globalization.CultureInfo.InvariantCulture),
                    ["icd10_covered_group"] = 1, ["paragraph"] = id == "99911" ? "Group 1 (illustrative): lipid disorders and cardiovascular risk." : "Group 1 (illustrative): lipid disorders.", ["icd10_covered_ast"] = "",
                    ["last_updated"] = "10/01/2025",
                }] : []);
            case "/v1/data/article/hcpc-modifier":
                if (request.Headers["Authorization"] != "Bearer " + Token) return (401, """{"message":"A valid license token is required","code":401}""");
                // A99911 lists modifiers QW and 91; the others none.
                return Envelope(Known() && id == "99911" ? new[] { ("QW", "CLIA waived test"), ("91", "Repeat clinical diagnostic laboratory test (illustrative)") }.Select(m => (object)new Dictionary<string, object?>
                {
                    ["article_id"] = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), ["article_version"] = int.Parse(ver, System.Globalization.CultureInfo.InvariantCulture),
                    ["hcpc_modifier_code_id"] = m.Item1, ["hcpc_modifier_code_version"] = 1, ["hcpc_modifier_group"] = 1, ["description"] = m.Item2,
                    ["last_updated"] = "10/01/2025",
                }).ToArray() : []);
            case "/v1/metadata/license-agreement/":
                return Envelope([new Dictionary<string, object?> { ["token"] = Token }]);
            case "/v1/data/article/":
                return Envelope(Known() && !Disappeared.Contains(id)
                    ? [new Dictionary<string, object?> { ["article_id"] = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), ["article_version"] = int.Parse(ver, System.Globalization.CultureInfo.InvariantCulture), ["title"] = listed!["title"], ["article_eff_date"] = listed["effective_date"] }]
                    : []);
            case "/v1/data/article/hcpc-code":
                if (request.Headers["Authorization"] != "Bearer " + Token) return (401, """{"message":"A valid license token is required","code":401}""");
                return Envelope(Known() ? Hcpc[id].Select(c => (object)new Dictionary<string, object?>
                {
                    ["article_id"] = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), ["article_version"] = int.Parse(ver, System.Globalization.CultureInfo.InvariantCulture), ["hcpc_code_id"] = c, ["hcpc_code_version"] = 1,
                    ["hcpc_code_group"] = 1, ["range"] = "", ["last_updated"] = "10/01/2025", ["long_description"] = "", ["short_description"] = "",
                }).ToArray() : []);
            case "/v1/data/article/icd10-covered":
                return Envelope(Known() ? Covered[id].Select((c, i) => (object)new Dictionary<string, object?>
                {
                    ["article_id"] = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), ["article_version"] = int.Parse(ver, System.Globalization.CultureInfo.InvariantCulture), ["icd10_code_id"] = c.Code, ["icd10_code_version"] = 1,
                    ["icd10_covered_group"] = 1, ["range"] = "", ["sort_order"] = i + 1, ["description"] = c.Description, ["asterisk"] = "",
                    ["last_updated"] = "10/01/2025",
                }).ToArray() : []);
            case "/v1/data/article/icd10-noncovered":
                return Envelope(Known() ? Noncovered[id].Select((c, i) => (object)new Dictionary<string, object?>
                {
                    ["article_id"] = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), ["article_version"] = int.Parse(ver, System.Globalization.CultureInfo.InvariantCulture), ["icd10_code_id"] = c.Code, ["icd10_code_version"] = 1,
                    ["icd10_noncovered_group"] = 1, ["range"] = "", ["sort_order"] = i + 1, ["description"] = c.Description, ["last_updated"] = "10/01/2025",
                }).ToArray() : []);
            case "/data.json":
                return (200, JsonSerializer.Serialize(new
                {
                    dataset = new object[]
                    {
                        Catalogue("Medicare Physician & Other Practitioners - by Geography and Service", GeoId),
                        Catalogue("Medicare Physician & Other Practitioners - by Provider and Service", ProviderId),
                    },
                }));
            case "/data-api/v1/dataset/" + GeoId + "/data":
                return Page(GeoRows, q);
            case "/data-api/v1/dataset/" + ProviderId + "/data":
                return Page(ProviderRows, q);
            default:
                return (404, """{"message":"Not found","code":404}""");
        }
    }

    private object Catalogue(string title, string id) => new
    {
        title,
        distribution = new object[]
        {
            new { format = "API", accessURL = $"{BaseUrl}data-api/v1/dataset/{id}/data", title, temporal = "2023-01-01/2023-12-31" },
            new { format = "API", accessURL = $"{BaseUrl}data-api/v1/dataset/00000000-old0-0000-0000-000000000000/data", title, temporal = "2022-01-01/2022-12-31" },
            new { mediaType = "text/csv", downloadURL = $"{BaseUrl}files/{id}.csv", title, temporal = "2023-01-01/2023-12-31" },
        },
    };

    private static (int, string) Page(Dictionary<string, string>[] rows, System.Collections.Specialized.NameValueCollection q)
    {
        IEnumerable<Dictionary<string, string>> chosen = rows;
        foreach (var key in q.AllKeys.OfType<string>().Where(k => k.StartsWith("filter[", StringComparison.Ordinal)))
            chosen = chosen.Where(r => r.GetValueOrDefault(key[7..^1]) == q[key]);
        var size = int.Parse(q["size"] ?? "1000", System.Globalization.CultureInfo.InvariantCulture);
        var offset = int.Parse(q["offset"] ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        return (200, JsonSerializer.Serialize(chosen.Skip(offset).Take(size)));
    }

    private static (int, string) Envelope(object[] rows) => (200, JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["meta"] = new { status = new { id = 200, message = "OK" }, notes = "", fields = Array.Empty<string>(), children = Array.Empty<string>() },
        ["data"] = rows,
    }));

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { /* stopped */ }
    }
}
