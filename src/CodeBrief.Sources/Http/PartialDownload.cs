using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeBrief.Sources.Http;

/// <summary>
/// What is known about the bytes in <c>TARGET.part</c>: the file they came from (its link without signature), and the
/// validator (ETag or Last-Modified) and length the server gave, so the next run asks only for the rest and only if the
/// file is still the same. Kept beside the part as <c>TARGET.part.json</c>.
/// </summary>
internal sealed record PartialDownload(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("validator")] string? Validator,
    [property: JsonPropertyName("length")] long? Length)
{
    public static PartialDownload? Read(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<PartialDownload>(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            return null; // a damaged note only costs a fresh download
        }
    }

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this));
}
