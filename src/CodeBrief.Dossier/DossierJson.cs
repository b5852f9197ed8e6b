using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CodeBrief.Core;

namespace CodeBrief.Dossier;

/// <summary>The JSON form of dossiers and reference entries: snake_case names, money as a number of dollars, indented, stable.</summary>
public static class DossierJson
{
    /// <summary>Serializer options shared by <c>codebrief code --json</c> and the JSON brief.</summary>
    public static readonly JsonSerializerOptions Options = Create();

    /// <summary>Serializes any dossier object.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            // Descriptors carry quotes, ampersands and apostrophes; keep them readable instead of \u0026 escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        o.Converters.Add(new MoneyConverter());
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    private sealed class MoneyConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetDecimal());

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Dollars);
    }
}
