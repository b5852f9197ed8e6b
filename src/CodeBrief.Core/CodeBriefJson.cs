using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeBrief.Core;

/// <summary>
/// The one JSON policy of everything CodeBrief writes: snake_case property names and enum values, <see cref="Money"/> as a
/// number of dollars. <see cref="Files"/> is for output meant for people (files, the terminal); <see cref="Html"/> for
/// JSON that may end up inside a web page.
/// </summary>
/// <remarks>The options are read-only and safe to share between threads.</remarks>
public static class CodeBriefJson
{
    /// <summary>
    /// For files and the terminal: indented, and quotes, ampersands, apostrophes and non-ASCII letters written as
    /// themselves (descriptors carry them; <c>\u0027</c> escapes help no reader).
    /// </summary>
    public static JsonSerializerOptions Files { get; } = Create(indented: true, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>
    /// For JSON served over HTTP or loaded by a page's script: compact, with the default encoder, which escapes
    /// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes so the text cannot close a script element or an attribute.
    /// </summary>
    public static JsonSerializerOptions Html { get; } = Create(indented: false, JavaScriptEncoder.Default);

    /// <summary>The <see cref="Files"/> layout for code that writes JSON token by token with a <see cref="Utf8JsonWriter"/>.</summary>
    public static JsonWriterOptions FileWriter => new() { Indented = true, Encoder = Files.Encoder };

    /// <summary>Serializes <paramref name="value"/> with <see cref="Files"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Files);

    private static JsonSerializerOptions Create(bool indented, JavaScriptEncoder encoder)
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = indented,
            Encoder = encoder,
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
