using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CodeBrief.Core.Codes;

namespace CodeBrief.Ingest.Tic.Synthetic;

/// <summary>The real payers' shapes of <see cref="SynthShape"/>; the standard layout is in the other parts.</summary>
public static partial class TicSynthesizer
{
    private static readonly string[][] PlacesOfService = [["11"], ["22", "24"], ["11", "22"], ["19", "21", "23"], ["02"], ["11", "12", "49"], ["24"]];
    private static readonly string[][] ModifierSets = [[], [], ["26"], ["TC"], ["59"], ["25"], ["26", "59"]];
    private static readonly string[] Expirations = ["2026-12-31", "2027-06-30", "9999-12-31", "2026-03-31", "2027-12-31"];
    private static readonly string[] Settings = ["outpatient", "inpatient", "both"];

    /// <summary>Largest item of <see cref="SynthShape.ReferencesLast"/>, under the reader's 64 MiB single-token limit though no token is that large.</summary>
    private const long HugeItemBytes = 60L << 20;

    /// <summary>Rates written per item when a popular code is split over many items.</summary>
    private const int SplitPiece = 5;

    private sealed class ShapeState(SynthShape shape, int schema, Random rng, List<SynthGroup> groups, int references, List<string> npiPool)
    {
        public SynthShape Shape => shape;
        public int Schema => schema;
        public Random Rng => rng;
        public List<SynthGroup> Groups => groups;
        public int References => references;
        public List<string> NpiPool => npiPool;
        public int Inline;
    }

    private static SynthAnswers WriteShaped(SynthOptions options, List<string> codes, string path)
    {
        var shape = options.Shape;
        var schema = shape == SynthShape.ReferencesLast ? 2 : options.SchemaMajor;
        var rng = new Random(options.Seed);
        var (groups, pool) = ShapeGroups(shape, options.TargetBytes, rng);
        var state = new ShapeState(shape, schema, rng, groups, groups.Count, pool);
        var answers = new SynthAnswers(options.Payer + " (synthetic)", schema >= 2 ? "2.0.0" : "1.3.1", options.Seed) { ProviderReferences = groups.Count };
        var referencesLast = shape == SynthShape.ReferencesLast;
        var referenceBytes = groups.Sum(g => 110L + (g.Npis.Length * 11L));

        // Which codes are popular (split over many items) or huge (one item of up to 60 MB).
        var weights = new double[codes.Count];
        var huge = new bool[codes.Count];
        var split = new bool[codes.Count];
        for (var i = 0; i < codes.Count; i++)
        {
            weights[i] = 1;
            if (shape == SynthShape.ReferencesFirst && i % 50 == 25) weights[i] = 3;
        }
        if (shape == SynthShape.ReferencesFirst)
            foreach (var i in new[] { 0, codes.Count / 2 }.Distinct())
            {
                split[i] = true;
                weights[i] = Math.Max(4, codes.Count * 0.025);
            }
        var hugeCount = 0;
        var hugeBytes = 0L;
        if (referencesLast)
        {
            hugeCount = (int)Math.Clamp(options.TargetBytes * 3 / 10 / HugeItemBytes, 1, Math.Max(1, codes.Count / 3));
            hugeBytes = Math.Min(HugeItemBytes, options.TargetBytes * 3 / 10 / hugeCount);
            for (var k = 0; k < hugeCount; k++) huge[(int)(((2L * k) + 1) * codes.Count / (2L * hugeCount))] = true;
        }

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
            if (!referencesLast) WriteReferences(json, groups, schema);
            json.WriteStartArray("in_network");
            long Position() => json.BytesCommitted + json.BytesPending;
            var weightLeft = Enumerable.Range(0, codes.Count).Where(i => !huge[i]).Sum(i => weights[i]);
            var hugeLeft = hugeCount;
            long normalBytes = 0, normalRates = 0;
            var item = 0;
            for (var i = 0; i < codes.Count; i++)
            {
                var before = Position();
                var strata = new Dictionary<RateStratum, List<(decimal Rate, int[] Groups)>>();
                int rates, items;
                if (huge[i])
                {
                    // Long negotiated_prices arrays: about 150 bytes a price, 250 prices a rate.
                    var pricesPerRate = (int)Math.Clamp(hugeBytes / 150 / 40, 4, 250);
                    rates = (int)Math.Max(2, hugeBytes / 150 / pricesPerRate);
                    WriteShapeItem(json, state, codes[i], item++, 0, rates, strata, pricesPerRate);
                    items = 1;
                    hugeLeft--;
                }
                else
                {
                    var perRate = normalRates > 100 ? (double)normalBytes / normalRates : 480.0;
                    var left = Math.Max(0, options.TargetBytes - before - (hugeLeft * hugeBytes) - (referencesLast ? referenceBytes : 0));
                    rates = Math.Max(2, (int)(left / perRate * weights[i] / weightLeft));
                    weightLeft -= weights[i];
                    items = 0;
                    var piece = split[i] ? SplitPiece : rates;
                    for (var done = 0; done < rates; done += piece, items++)
                        WriteShapeItem(json, state, codes[i], item++, done, Math.Min(piece, rates - done), strata, 0);
                    normalBytes += Position() - before;
                    normalRates += rates;
                }
                answers.AddCode(codes[i], items, rates, strata, groups);
                if (json.BytesPending > 1 << 20) json.Flush();
            }
            json.WriteEndArray();
            if (referencesLast) WriteReferences(json, groups.Take(state.References).ToList(), schema);
            json.WriteEndObject();
            json.Flush();
            answers.JsonBytes = json.BytesCommitted;
            answers.InlineGroups = state.Inline;
        }
        File.Move(temp, path, overwrite: true);
        answers.WriteTo(path + ".answers.json");
        return answers;
    }

    private static void WriteReferences(Utf8JsonWriter json, List<SynthGroup> groups, int schema)
    {
        json.WriteStartArray("provider_references");
        for (var g = 0; g < groups.Count; g++)
        {
            WriteGroup(json, g, groups[g], schema);
            if (json.BytesPending > 1 << 20) json.Flush();
        }
        json.WriteEndArray();
    }

    /// <summary>The provider references of a shape and the NPIs they draw on (inline groups draw on the same NPIs).</summary>
    private static (List<SynthGroup> Groups, List<string> Npis) ShapeGroups(SynthShape shape, long target, Random rng)
    {
        var count = shape switch
        {
            SynthShape.ReferencesFirst => (int)Math.Clamp(target / 50_000, 20, 20_000),
            SynthShape.ManyGroups => (int)Math.Clamp(target / 1_000, 50, 1_000_000),
            SynthShape.VaryingDimensions => (int)Math.Clamp(target / 100_000, 20, 5_000),
            _ => (int)Math.Clamp(target / 20_000, 20, 50_000),
        };
        var pool = new List<string>();
        var groups = new List<SynthGroup>(count);
        for (var g = 0; g < count; g++)
        {
            int n;
            if (shape == SynthShape.ReferencesFirst && g == 0) n = Math.Max(2, count); // a system of 20,000 NPIs
            else if (shape == SynthShape.ReferencesFirst && g == 1) n = Math.Max(2, count * 6971 / 20_000); // Anthem's largest group: 6,971
            else if (shape == SynthShape.ReferencesFirst) n = 1 + (int)Math.Min(60, Math.Floor(-Math.Log(1 - rng.NextDouble()) * 7.1));
            else if (shape == SynthShape.ManyGroups) n = 1 + rng.Next(3);
            else n = 1 + (int)Math.Min(39, Math.Floor(-Math.Log(1 - rng.NextDouble()) * 3));
            var npis = new HashSet<string>(StringComparer.Ordinal);
            while (npis.Count < n) npis.Add(NextNpi(pool, rng, reuse: g > 1 && pool.Count > 10 && rng.Next(5) == 0));
            groups.Add(new SynthGroup(g + 1, [.. npis], (g / 3).ToString("00-0000000", CultureInfo.InvariantCulture)));
        }
        return (groups, pool);
    }

    /// <summary>A new NPI, or (when <paramref name="reuse"/>) one already in a group: clinicians bill under several TINs.</summary>
    private static string NextNpi(List<string> pool, Random rng, bool reuse)
    {
        if (reuse) return pool[rng.Next(pool.Count)];
        var npi = (1_000_000_000L + ((long)pool.Count * 7) + rng.Next(7)).ToString(CultureInfo.InvariantCulture);
        pool.Add(npi);
        return npi;
    }

    private static void WriteShapeItem(Utf8JsonWriter json, ShapeState state, string code, int index, int firstRate, int rates,
        Dictionary<RateStratum, List<(decimal Rate, int[] Groups)>> strata, int longPrices)
    {
        var rng = state.Rng;
        var level = Level(code);
        var splitPrices = Level(code + "/split") > 600m;
        var setting = state.Schema >= 2 ? "outpatient" : "";
        json.WriteStartObject();
        json.WriteString("negotiation_arrangement", "ffs");
        json.WriteString("name", "Synthetic item " + code);
        json.WriteString("billing_code_type", HcpcsCode.TryParse(code, out var parsed) && !parsed.IsCpt ? "HCPCS" : "CPT");
        json.WriteString("billing_code_type_version", "2026");
        json.WriteString("billing_code", code);
        json.WriteString("description", "synthetic rates for " + code);
        json.WriteStartArray("negotiated_rates");
        for (var j = 0; j < rates; j++)
        {
            json.WriteStartObject();
            var set = RateGroups(json, state, index, j);
            json.WriteStartArray("negotiated_prices");
            if (longPrices > 0)
            {
                for (var k = 0; k < longPrices; k++)
                {
                    string[] pos = [(11 + (k % 40)).ToString(CultureInfo.InvariantCulture)];
                    Price(json, strata, set, "professional", setting, pos, [], "negotiated", Draw(rng, level), Expiration);
                }
            }
            else if (state.Shape == SynthShape.VaryingDimensions)
            {
                var n = 1 + rng.Next(4);
                for (var k = 0; k < n; k++)
                {
                    var billingClass = rng.Next(5) == 0 ? "institutional" : "professional";
                    var s = state.Schema >= 2 ? Settings[rng.Next(Settings.Length)] : "";
                    var type = rng.Next(10) == 0 ? "fee schedule" : "negotiated";
                    Price(json, strata, set, billingClass, s, PlacesOfService[rng.Next(PlacesOfService.Length)],
                        ModifierSets[rng.Next(ModifierSets.Length)], type, Draw(rng, level * (0.6m + (rng.Next(9) / 10m))), Expirations[rng.Next(Expirations.Length)]);
                }
            }
            else StandardPrices(json, strata, set, setting, rng, level, splitPrices, percentage: (firstRate + j) % 10 == 0);
            json.WriteEndArray();
            json.WriteEndObject();
            if (json.BytesPending > 1 << 20) json.Flush();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes the rate's <c>provider_references</c> or inline <c>provider_groups</c>; returns the indices of its groups.</summary>
    private static int[] RateGroups(Utf8JsonWriter json, ShapeState state, int item, int rate)
    {
        var rng = state.Rng;
        if (state.Shape == SynthShape.ReferencesFirst && rng.Next(10) == 0)
        {
            // A tenth of the rates name their providers inline, as many payers do for one-off contracts.
            var npis = new HashSet<string>(StringComparer.Ordinal);
            var n = 1 + rng.Next(4);
            while (npis.Count < n) npis.Add(NextNpi(state.NpiPool, rng, reuse: rng.Next(3) != 0));
            var group = new SynthGroup(-1, [.. npis], (90_000_000 + state.Inline).ToString("00-0000000", CultureInfo.InvariantCulture));
            state.Groups.Add(group);
            state.Inline++;
            WriteProviderGroups(json, group);
            return [state.Groups.Count - 1];
        }
        var count = state.Shape switch
        {
            SynthShape.ManyGroups => 1 + rng.Next(3),
            SynthShape.VaryingDimensions => 1 + rng.Next(4),
            _ => 1 + (rng.Next(5) == 0 ? 1 : 0),
        };
        var set = new List<int>(count);
        while (set.Count < Math.Min(count, state.References))
        {
            var g = rng.Next(state.References);
            if (!set.Contains(g)) set.Add(g);
        }
        json.WriteStartArray("provider_references");
        foreach (var g in set) json.WriteNumberValue(state.Groups[g].Id);
        json.WriteEndArray();
        return [.. set];
    }
}
