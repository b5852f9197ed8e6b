using System.Text.Json.Serialization;

namespace CodeBrief.Ingest.Tic.Synthetic;

/// <summary>Source-generated JSON metadata for the sidecar (snake_case names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SynthStratumAnswer))]
internal sealed partial class SynthJsonContext : JsonSerializerContext;
