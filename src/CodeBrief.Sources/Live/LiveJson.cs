using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CodeBrief.Sources.Live;

/// <summary>
/// GETs JSON from the live APIs and turns each row object into text cells, checking that every field the caller relies
/// on is there. Two shapes: the Coverage API's envelope (<c>{"meta": {...}, "data": [ {...} ]}</c>, per its OpenAPI
/// description) and the data.cms.gov data API's bare array of row objects.
/// </summary>
public static class LiveJson
{
    /// <summary>The rows in <c>data</c> of a Coverage API envelope.</summary>
    /// <exception cref="LiveSourceException">Unreachable, an error status, not whole JSON, or a field missing.</exception>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> GetEnvelopeAsync(
        HttpClient http, Uri url, string? bearer, IReadOnlyList<string> required, CancellationToken cancellationToken)
    {
        using var document = await GetAsync(http, url, bearer, cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("meta", out _))
            throw Missing(url, "meta", null);
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            throw Missing(url, "data", null);
        return Rows(url, data, required);
    }

    /// <summary>The row objects of a data.cms.gov data API page (a JSON array).</summary>
    /// <exception cref="LiveSourceException">Unreachable, an error status, not whole JSON, or a field missing.</exception>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> GetArrayAsync(
        HttpClient http, Uri url, IReadOnlyList<string> required, CancellationToken cancellationToken)
    {
        using var document = await GetAsync(http, url, null, cancellationToken).ConfigureAwait(false);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
            throw new LiveSourceException(url, $"{url}: expected a JSON array of rows, found a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
        return Rows(url, document.RootElement, required);
    }

    /// <summary>Parses a whole JSON document from <paramref name="url"/>.</summary>
    /// <exception cref="LiveSourceException">Unreachable, an error status, or not whole JSON.</exception>
    public static async Task<JsonDocument> GetAsync(HttpClient http, Uri url, string? bearer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new LiveSourceException(url, $"{url}: could not be reached ({Reason(ex)}).", inner: ex) { Unreachable = true };
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw new LiveSourceException(url, $"{url}: the server answered {(int)response.StatusCode} {response.ReasonPhrase ?? response.StatusCode.ToString()}"
                    + (LiveHttp.MaxRetries > 0 && ((int)response.StatusCode >= 500 || (int)response.StatusCode == 429) ? $" after {LiveHttp.MaxRetries} retries." : "."),
                    response.StatusCode);
            try
            {
                var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (body.ConfigureAwait(false))
                    return await JsonDocument.ParseAsync(body, default, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is JsonException or IOException or HttpRequestException)
            {
                throw new LiveSourceException(url, $"{url}: the response is not whole JSON (cut off or damaged: {Reason(ex)}).", inner: ex);
            }
        }
    }

    private static List<IReadOnlyDictionary<string, string>> Rows(Uri url, JsonElement array, IReadOnlyList<string> required)
    {
        var rows = new List<IReadOnlyDictionary<string, string>>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
                throw new LiveSourceException(url, $"{url}: item {index} of the rows is a JSON {item.ValueKind.ToString().ToLowerInvariant()}, not an object.");
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in item.EnumerateObject()) row[property.Name] = Text(property.Value);
            foreach (var field in required)
                if (!row.ContainsKey(field)) throw Missing(url, field, index);
            rows.Add(row);
            index++;
        }
        return rows;
    }

    private static LiveSourceException Missing(Uri url, string field, int? item) => new(url,
        $"{url}: the response has no field \"{field}\"{(item is { } i ? $" (row {i})" : "")}; the API's layout changed from the one CodeBrief reads, so nothing from this source was stored.");

    /// <summary>A JSON value as text: strings as they are, numbers as written, true/false, null as empty.</summary>
    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => value.GetRawText(),
    };

    private static string Reason(Exception ex) => ex switch
    {
        OperationCanceledException => "the request timed out",
        HttpRequestException { InnerException: { } inner } => inner.Message.TrimEnd('.'),
        _ => ex.Message.TrimEnd('.'),
    };

    /// <summary>Appends <paramref name="query"/> pairs to <paramref name="path"/> resolved against <paramref name="baseUrl"/>.</summary>
    public static Uri Url(Uri baseUrl, string path, params (string Name, string Value)[] query)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var text = new Uri(baseUrl, path).AbsoluteUri;
        if (query.Length > 0)
            text += (text.Contains('?', StringComparison.Ordinal) ? "&" : "?")
                + string.Join('&', query.Select(q => Uri.EscapeDataString(q.Name) + "=" + Uri.EscapeDataString(q.Value)));
        return new Uri(text);
    }

    /// <summary>An instant as ISO 8601 UTC to the second (<c>2026-12-02T04:00:00Z</c>).</summary>
    public static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
