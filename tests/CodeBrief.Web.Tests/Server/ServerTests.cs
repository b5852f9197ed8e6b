using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using CodeBrief.Core.Codes;
using CodeBrief.Web.Tests.Fixtures;

namespace CodeBrief.Web.Tests.Server;

public class ServerTests(RunningServer server) : IClassFixture<RunningServer>
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task Home_Get_ReturnsPageWithSecurityHeaders()
    {
        using var response = await Client.GetAsync(new Uri("/", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        var home = await response.Content.ReadAsStringAsync();
        home.ShouldContain("<h2>Example codes</h2>");
        home.ShouldContain("<a class=\"code\" href=\"codes/86320\">86320</a>");
        home.ShouldContain("<h2>Browse by family</h2>");
        home.ShouldContain("<summary>Pathology and Laboratory <span class=\"muted\">(");
        home.ShouldContain("assets/suggest.js");
    }

    [Fact]
    public async Task Compare_86320And86325_KeyFactsSideBySideCitingEachBrief()
    {
        using var response = await Client.GetAsync(new Uri("/compare?codes=86320,86325", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<div class=\"compare-grid\">");
        html.ShouldContain("<h2 id=\"cmp-86320\"><a href=\"codes/86320\">");
        html.ShouldContain("<h2 id=\"cmp-86325\"><a href=\"codes/86325\">");
        html.ShouldContain("$29.92 national limit"); // 86320's CLFS limit, in its key facts
        html.ShouldContain("href=\"codes/86325#src-"); // citations point into the code's own brief
        html.ShouldNotContain("href=\"#src-");
        html.ShouldNotContain("[Source:");
    }

    [Fact]
    public async Task Compare_BadAndUnknownCodes_SaidPerCode()
    {
        var html = await Client.GetStringAsync(new Uri("/compare?codes=86320,XYZ,99999", UriKind.Relative));
        html.ShouldContain("Not a CPT or HCPCS code");
        html.ShouldContain("No loaded file (HCPCS, CLFS, PFS) lists this code.");
    }

    [Fact]
    public async Task Search_DescriptorWord_FindsCodeWithSource()
    {
        var html = await Client.GetStringAsync(new Uri("/search?q=immunoelectrophoresis", UriKind.Relative));
        html.ShouldContain("href=\"codes/86320\"");
        html.ShouldContain("href=\"codes/86325\"");
        html.ShouldNotContain("href=\"codes/83789\"");
    }

    [Fact]
    public async Task ApiSearch_SeveralWords_RequiresEveryWord()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=immunoelectrophoresis%20serum", UriKind.Relative)));
        var codes = doc.RootElement.GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        codes.ShouldBe(["86320"]);
        doc.RootElement.GetProperty("codes")[0].GetProperty("source").GetString().ShouldBe("CLFS 2025 Q2V1.csv (2025Q2V1), row 1560");
    }

    [Fact]
    public async Task ApiSearch_UpperCaseWords_MatchIgnoringCase()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=IMMUNOELECTROPHORESIS%20Serum", UriKind.Relative)));
        doc.RootElement.GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldBe(["86320"]);
    }

    [Fact]
    public async Task ApiSearch_SeparatorsOnly_AnswersWithNoCodes()
    {
        using var response = await Client.GetAsync(new Uri("/api/search?q=%3B%20%2C", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        doc.RootElement.GetProperty("codes").GetArrayLength().ShouldBe(0);
        doc.RootElement.GetProperty("specialties").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task ApiSearch_CodePrefix_FindsCodesStartingWithIt()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=8632", UriKind.Relative)));
        doc.RootElement.GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldBe(["86320", "86325"]);
    }

    [Fact]
    public async Task ApiSearch_LikeWildcards_AreMatchedLiterally()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=%25", UriKind.Relative)));
        doc.RootElement.GetProperty("codes").GetArrayLength().ShouldBe(0);
        using var underscore = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=_", UriKind.Relative)));
        underscore.RootElement.GetProperty("codes").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task ApiSearch_Specialty_FindsNuccEntries()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=clinical%20pathology%20laboratory", UriKind.Relative)));
        var specialties = doc.RootElement.GetProperty("specialties").EnumerateArray().ToList();
        specialties.ShouldNotBeEmpty();
        specialties.ShouldAllBe(s => s.GetProperty("classification").GetString()!.Contains("Pathology"));
        specialties.ShouldContain(s => s.GetProperty("source").GetString()!.StartsWith("nucc_taxonomy_251.csv (25.1), row "));
        var clinical = specialties.Single(s => s.GetProperty("code").GetString() == "207ZP0105X");
        clinical.GetProperty("families").EnumerateArray().Select(f => f.GetString()).ShouldBe(["Pathology and Laboratory"]);
    }

    [Fact]
    public async Task BriefPage_KnownCode_ShowsDescriptorAndMedicareAmount()
    {
        using var response = await Client.GetAsync(new Uri("/codes/86320", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Immunoelectrophoresis; serum");
        html.ShouldContain("$29.92");
        html.ShouldContain("href=\"../assets/site.css\"");
    }

    [Fact]
    public async Task BriefPage_LowerCaseCode_RedirectsToCanonical()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        using var response = await client.GetAsync(new Uri("/codes/0689t", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.OriginalString.ShouldBe("0689T");
    }

    [Fact]
    public async Task BriefPage_AddOnCode_LinksToItsPrimary()
    {
        var html = await Client.GetStringAsync(new Uri("/codes/99292", UriKind.Relative));
        html.ShouldContain("href=\"../codes/99291\"");
        html.ShouldContain("row 8548");
    }

    [Fact]
    public async Task BriefPage_UnknownCode_Returns404WithCloseMatches()
    {
        using var response = await Client.GetAsync(new Uri("/codes/86399", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("href=\"../codes/86320\"");
        html.ShouldContain("href=\"../codes/86334\"");
    }

    [Fact]
    public async Task BriefPage_NotACode_Returns400()
    {
        using var response = await Client.GetAsync(new Uri("/codes/DROP%20TABLE", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ApiBrief_KnownCode_ReturnsJsonBrief()
    {
        using var response = await Client.GetAsync(new Uri("/api/codes/86320", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        doc.RootElement.GetProperty("code").GetString().ShouldBe("86320");
        doc.RootElement.GetProperty("descriptor").GetProperty("text").GetString().ShouldBe("Immunoelectrophoresis; serum");
    }

    [Fact]
    public async Task ApiBrief_Locality_AddsThatLocalitysAmounts()
    {
        using var response = await Client.GetAsync(new Uri("/api/codes/86320?locality=01112-05", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldContain("In locality 01112-05: Medicare payment locality 01112-05 SAN FRANCISCO");
        text.ShouldContain("$20.05"); // 86320-26 there: (0.37 x 1.088 + 0.15 x 1.419 + 0.01 x 0.445) x 32.3465
        using var national = await Client.GetAsync(new Uri("/api/codes/86320", UriKind.Relative));
        (await national.Content.ReadAsStringAsync()).ShouldNotContain("In locality"); // the kept national brief is not the local one
    }

    [Fact]
    public async Task BriefPage_Locality_ShowsThatLocalitysAmountsAndABadOneIs400()
    {
        using var page = await Client.GetAsync(new Uri("/codes/86320?locality=01112-05", UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("$20.05");

        using var bad = await Client.GetAsync(new Uri("/codes/86320?zip=941", UriKind.Relative));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("is not a ZIP code");
    }

    [Theory]
    [InlineData("zip=9410", "is not a ZIP code")]
    [InlineData("locality=01112-99", "is not in the loaded GPCI file")]
    [InlineData("zip=94105&locality=01112-05", "not both")]
    public async Task ApiBrief_MalformedOrUnknownPlace_Returns400Problem(string query, string detail)
    {
        using var response = await Client.GetAsync(new Uri($"/api/codes/86320?{query}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain(detail);
    }

    [Fact]
    public async Task ApiBrief_UnknownCode_ReturnsProblemWithCloseMatches()
    {
        using var response = await Client.GetAsync(new Uri("/api/codes/86399", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        doc.RootElement.GetProperty("status").GetInt32().ShouldBe(404);
        doc.RootElement.GetProperty("close_matches").EnumerateArray().Select(e => e.GetString()).ShouldContain("86320");
    }

    [Fact]
    public async Task ApiBrief_MalformedCode_ReturnsProblem400()
    {
        using var response = await Client.GetAsync(new Uri("/api/codes/8632'", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task ApiBenchmarks_KnownCode_ReturnsJson()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/codes/86320/benchmarks", UriKind.Relative)));
        doc.RootElement.GetProperty("code").GetString().ShouldBe("86320");
    }

    [Fact]
    public async Task ApiSources_Get_ListsEveryLoadedFile()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/sources", UriKind.Relative)));
        var files = doc.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("file_name").GetString()).ToList();
        files.ShouldContain("AOC_V2026Q2-MCR.xlsx");
        files.ShouldContain("CLFS 2025 Q2V1.csv");
        files.ShouldContain("nucc_taxonomy_251.csv");
        files.ShouldContain("PPRRVU2025_Oct.csv");
        files.Count.ShouldBe(8);
    }

    [Fact]
    public async Task Post_AnyRoute_Returns405Problem()
    {
        using var response = await Client.PostAsync(new Uri("/api/codes/86320", UriKind.Relative), new StringContent("{}"));
        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["GET", "HEAD"], ignoreOrder: true);
    }

    [Fact]
    public async Task Head_BriefPage_Returns200WithoutBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/codes/86320", UriKind.Relative));
        using var response = await Client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBe(0);
    }

    [Fact]
    public async Task OpenApi_EveryListedRoute_Answers()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/openapi.json", UriKind.Relative)));
        doc.RootElement.GetProperty("openapi").GetString().ShouldStartWith("3.1");
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Count.ShouldBe(4);
        foreach (var path in paths)
        {
            using var response = await Client.GetAsync(new Uri(path.Replace("{code}", "86320", StringComparison.Ordinal) + "?q=serum", UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        }
    }

    [Fact]
    public async Task OpenApi_CodeParameter_HasTheCodeGrammarOfHcpcsCode()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/openapi.json", UriKind.Relative)));

        var parameter = doc.RootElement.GetProperty("paths").GetProperty("/api/codes/{code}").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "code");

        parameter.GetProperty("schema").GetProperty("pattern").GetString().ShouldBe("^" + HcpcsCode.Pattern + "$");
    }

    [Theory]
    [InlineData("/api/search", "?q=serum")]
    [InlineData("/api/sources", "")]
    public async Task OpenApi_ResponseSchema_NamesEveryPropertyTheAnswerHas(string path, string query)
    {
        // The document is generated from the endpoints, so this holds only while the schema and the answer agree on names.
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/openapi.json", UriKind.Relative)));
        var schemas = doc.RootElement.GetProperty("components").GetProperty("schemas");
        var schema = doc.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses")
            .GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var named = Resolve(schema).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();

        using var answer = JsonDocument.Parse(await Client.GetStringAsync(new Uri(path + query, UriKind.Relative)));
        var answered = answer.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        answered.ShouldNotBeEmpty();
        named.ShouldBe(answered, ignoreOrder: true);

        JsonElement Resolve(JsonElement s) =>
            s.TryGetProperty("$ref", out var r) ? schemas.GetProperty(r.GetString()!["#/components/schemas/".Length..]) : s;
    }

    [Fact]
    public async Task ApiUnknownRoute_ReturnsProblem404()
    {
        using var response = await Client.GetAsync(new Uri("/api/nothing", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Serving_ManyRequests_LeavesWarehouseBytesUnchanged()
    {
        var before = SHA256.HashData(await File.ReadAllBytesAsync(server.Warehouse.Path_));
        foreach (var path in new[] { "/", "/codes/86320", "/codes/99292", "/api/search?q=serum", "/sources", "/codes/86399" })
            using (await Client.GetAsync(new Uri(path, UriKind.Relative))) { }
        SHA256.HashData(await File.ReadAllBytesAsync(server.Warehouse.Path_)).ShouldBe(before);
        File.Exists(server.Warehouse.Path_ + "-journal").ShouldBeFalse();
        File.Exists(server.Warehouse.Path_ + "-wal").ShouldBeFalse();
    }

    [Fact]
    public async Task ApiSources_Get_LoadedAtIsTheStoredText()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/sources", UriKind.Relative)));
        var clfs = doc.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("dataset").GetString() == "clfs");
        clfs.GetProperty("loaded_at").GetString().ShouldBe("2026-11-01T00:00:00Z");
        clfs.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["id", "dataset", "publisher", "file_name", "version", "sha256", "rows_loaded", "rows_rejected", "loaded_at", "status", "is_synthetic"]);
    }

    [Fact]
    public async Task Sources_Get_ShowsVersionsAndHashes()
    {
        var html = await Client.GetStringAsync(new Uri("/sources", UriKind.Relative));
        html.ShouldContain("<td>RVU25D</td>");
        html.ShouldContain("<code>53103c146d26e5078fbfb3a563ccc09a217da94b250b9b5700f2e940af801948</code>");
    }
}
