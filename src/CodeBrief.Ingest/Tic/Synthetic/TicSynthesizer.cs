using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace CodeBrief.Ingest.Tic.Synthetic;

/// <summary>
/// Writes faithful synthetic in-network-rates files (real CMS schema, provider fan-out, lognormal rates) and an
/// exact-answer sidecar, for tests, benchmarks and demos. Deterministic for a given <see cref="SynthOptions"/>.
/// </summary>
/// <remarks>
/// Rate levels are synthetic: each code gets a level between 20 and 1,020 dollars derived from a stable hash of the
/// code text, with lognormal spread (sigma 0.35). Nothing here is a real price. The payer is labelled synthetic in
/// <c>reporting_entity_name</c> and <c>reporting_entity_type</c>, and the warehouse flags such files <c>is_synthetic</c>.
/// </remarks>
public static partial class TicSynthesizer
{
    /// <summary>The <c>reporting_entity_type</c> of every synthetic file; the loader flags such files synthetic.</summary>
    public const string EntityType = "synthetic (codebrief synth)";

    private const string Expiration = "2026-12-31";
    private const double Sigma = 0.35;

    /// <summary>Writes the file (gzip when <paramref name="path"/> ends in <c>.gz</c>) and <c>PATH.answers.json</c>; returns the answers.</summary>
    public static SynthAnswers Write(SynthOptions options, string path)
    {
        var codes = options.Codes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0) throw new ArgumentException("At least one code is needed.", nameof(options));
        if (options.Shape != SynthShape.Standard) return WriteShaped(options, codes, path);
        var bytesPerRate = options.SchemaMajor >= 2 ? 545 : 480;
        var ratesPerItem = (int)Math.Clamp(options.TargetBytes / codes.Count / bytesPerRate, 8, 2_000_000);
        var groupCount = Math.Min(ratesPerItem + 50, 400_000);
        var rng = new Random(options.Seed);
        var groups = MakeGroups(groupCount, rng);
        var answers = new SynthAnswers(options.Payer + " (synthetic)", options.SchemaMajor >= 2 ? "2.0.0" : "1.3.1", options.Seed) { ProviderReferences = groupCount };

        var temp = path + ".tmp";
        using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var compressed = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.Fastest) : (Stream)file)
        using (var json = new Utf8JsonWriter(compressed, new JsonWriterOptions { SkipValidation = true }))
        {
            json.WriteStartObject();
            json.WriteString("reporting_entity_name", answers.Payer);
            json.WriteString("reporting_entity_type", EntityType);
            json.WriteString("last_updated_on", "2026-01-01");
            json.WriteString("version", answers.Version);
            json.WriteStartArray("provider_references");
            for (var g = 0; g < groups.Count; g++) WriteGroup(json, g, groups[g], options.SchemaMajor);
            json.WriteEndArray();
            json.WriteStartArray("in_network");
            for (var i = 0; i < codes.Count; i++)
            {
                WriteItem(json, answers, codes[i], i, ratesPerItem, groups, rng, options.SchemaMajor);
                if (json.BytesPending > 1 << 20) json.Flush();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            answers.JsonBytes = json.BytesCommitted;
        }
        File.Move(temp, path, overwrite: true);
        answers.WriteTo(path + ".answers.json");
        return answers;
    }

    private static List<SynthGroup> MakeGroups(int count, Random rng)
    {
        var groups = new List<SynthGroup>(count);
        for (var g = 0; g < count; g++)
        {
            // Fan-out: most groups are small practices, a few are large systems (1 to 40 NPIs).
            var n = 1 + (int)Math.Min(39, Math.Floor(-Math.Log(1 - rng.NextDouble()) * 3));
            var npis = new string[n];
            for (var k = 0; k < n; k++) npis[k] = (1_000_000_000L + (g * 40L) + k).ToString(CultureInfo.InvariantCulture);
            var tin = (g / 3).ToString("00-0000000", CultureInfo.InvariantCulture);
            groups.Add(new SynthGroup(g + 1, npis, tin));
        }
        return groups;
    }

    private static void WriteGroup(Utf8JsonWriter json, int index, SynthGroup group, int schema)
    {
        json.WriteStartObject();
        json.WriteNumber("provider_group_id", group.Id);
        if (schema >= 2)
        {
            json.WriteStartArray("network_name");
            json.WriteStringValue(index % 2 == 0 ? "SYNTHETIC PPO" : "SYNTHETIC HMO");
            json.WriteEndArray();
        }
        WriteProviderGroups(json, group);
        json.WriteEndObject();
    }

    /// <summary>The <c>provider_groups</c> array of one group (its NPIs and EIN), as a reference or a rate writes it inline.</summary>
    private static void WriteProviderGroups(Utf8JsonWriter json, SynthGroup group)
    {
        json.WriteStartArray("provider_groups");
        json.WriteStartObject();
        json.WriteStartArray("npi");
        foreach (var npi in group.Npis) json.WriteNumberValue(long.Parse(npi, CultureInfo.InvariantCulture));
        json.WriteEndArray();
        json.WriteStartObject("tin");
        json.WriteString("type", "ein");
        json.WriteString("value", group.Tin);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>A stable level for a code (FNV-1a of its text), so the same code is priced alike across files and runs.</summary>
    private static decimal Level(string code)
    {
        uint h = 2166136261;
        foreach (var c in code) h = (h ^ c) * 16777619;
        return 20m + (h % 100_000) / 100m;
    }

    private static decimal Draw(Random rng, decimal level)
    {
        var z = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        var value = Math.Round((decimal)((double)level * Math.Exp(Sigma * z)), 2, MidpointRounding.AwayFromZero);
        return Math.Max(0.01m, value);
    }
}
