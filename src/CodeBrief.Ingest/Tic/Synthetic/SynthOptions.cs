namespace CodeBrief.Ingest.Tic.Synthetic;

/// <summary>What <see cref="TicSynthesizer"/> generates.</summary>
/// <param name="Payer">Payer name; the file says it is synthetic in <c>reporting_entity_name</c> and <c>reporting_entity_type</c>.</param>
/// <param name="Codes">Billing codes to price, as given by the user (the generator invents none).</param>
/// <param name="TargetBytes">Approximate size of the JSON, uncompressed, in bytes.</param>
/// <param name="SchemaMajor">1 or 2 (2 adds <c>setting</c>, <c>network_name</c>, integer ids).</param>
/// <param name="Seed">RNG seed; the same options give the same bytes.</param>
/// <param name="Shape">How the file is laid out (<see cref="SynthShape.Standard"/> unless a test or benchmark asks for a real payer's shape).</param>
public sealed record SynthOptions(string Payer, IReadOnlyList<string> Codes, long TargetBytes, int SchemaMajor, int Seed = 20260101, SynthShape Shape = SynthShape.Standard);
