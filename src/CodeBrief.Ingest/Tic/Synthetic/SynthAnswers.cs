using System.Globalization;
using System.Text.Json;
using CodeBrief.Core;

namespace CodeBrief.Ingest.Tic.Synthetic;

/// <summary>The exact answers for a synthetic file: counts and, per code × stratum, what the benchmarks must report.</summary>
public sealed class SynthAnswers
{
    internal SynthAnswers(string payer, string version, int seed)
    {
        Payer = payer;
        Version = version;
        Seed = seed;
    }

    /// <summary>The payer label, ending in <c>(synthetic)</c>.</summary>
    public string Payer { get; }

    /// <summary>The schema version written.</summary>
    public string Version { get; }

    /// <summary>The RNG seed.</summary>
    public int Seed { get; }

    /// <summary>Uncompressed JSON bytes written.</summary>
    public long JsonBytes { get; internal set; }

    /// <summary><c>in_network</c> items written.</summary>
    public long Items { get; private set; }

    /// <summary><c>negotiated_rates</c> entries written.</summary>
    public long NegotiatedRates { get; private set; }

    /// <summary><c>negotiated_prices</c> entries written.</summary>
    public long NegotiatedPrices { get; private set; }

    /// <summary>Per code × stratum answers, in file order.</summary>
    public List<SynthStratumAnswer> Strata { get; } = [];

    /// <summary>What a reader must return per code, over every price (no outlier rule), in file order.</summary>
    public List<SynthCodeFacts> Codes { get; } = [];

    /// <summary><c>provider_references</c> entries written.</summary>
    public long ProviderReferences { get; internal set; }

    /// <summary>Distinct provider groups that some rate uses: references by id, each inline group on its own.</summary>
    public long GroupsReferenced => _referenced.Count;

    /// <summary>Inline <c>provider_groups</c> written in rates.</summary>
    public long InlineGroups { get; internal set; }

    private readonly HashSet<int> _referenced = [];

    internal void AddItem(string code, int rates, Dictionary<RateStratum, List<(decimal Rate, int[] Groups)>> strata, IReadOnlyList<SynthGroup> groups) =>
        AddCode(code, 1, rates, strata, groups);

    /// <summary>Adds the answers of a code written as <paramref name="items"/> items (a code split over many items is one code).</summary>
    internal void AddCode(string code, int items, int rates, Dictionary<RateStratum, List<(decimal Rate, int[] Groups)>> strata, IReadOnlyList<SynthGroup> groups)
    {
        Items += items;
        NegotiatedRates += rates;
        long prices = 0;
        var sum = 0m;
        var ids = new HashSet<int>();
        foreach (var (stratum, list) in strata)
        {
            NegotiatedPrices += list.Count;
            prices += list.Count;
            Strata.Add(Answer(code, stratum, list, groups));
            foreach (var (rate, set) in list)
            {
                sum += rate;
                foreach (var g in set) ids.Add(g);
            }
        }
        var npis = new HashSet<string>(StringComparer.Ordinal);
        var tins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in ids)
        {
            _referenced.Add(g);
            foreach (var npi in groups[g].Npis) npis.Add(npi);
            tins.Add(groups[g].Tin);
        }
        Codes.Add(new SynthCodeFacts(code, items, rates, prices, Text(sum), ids.Count, npis.Count, tins.Count));
    }

    private static SynthStratumAnswer Answer(string code, RateStratum s, List<(decimal Rate, int[] Groups)> list, IReadOnlyList<SynthGroup> groups)
    {
        // Outlier rule as the benchmarks publish it, without Medicare (no Medicare amount is known here, so only the
        // fences apply): with 8 or more distinct rates, drop rates whose natural log lies outside [Q1 - 1.5 W, Q3 + 1.5 W]
        // of the logs of the distinct rates, W = max(IQR, ln 2); non-positive rates are always dropped. Written apart from
        // BenchmarkCalculator on purpose: the sidecar is the tests' independent oracle.
        var positive = list.Where(x => x.Rate > 0).ToList();
        var kept = positive;
        var logs = positive.Select(x => x.Rate).Distinct().Select(r => Math.Log((double)r)).Order().ToArray();
        if (logs.Length >= 8)
        {
            var q1 = Type7(logs, 0.25);
            var q3 = Type7(logs, 0.75);
            var w = Math.Max(q3 - q1, Math.Log(2));
            var lo = q1 - 1.5 * w;
            var hi = q3 + 1.5 * w;
            kept = positive.Where(x => Math.Log((double)x.Rate) >= lo && Math.Log((double)x.Rate) <= hi).ToList();
        }
        var rates = kept.Select(x => x.Rate).Order().ToArray();
        var groupIds = new HashSet<int>();
        foreach (var k in kept) foreach (var g in k.Groups) groupIds.Add(g);
        var npis = new HashSet<string>(StringComparer.Ordinal);
        var tins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in groupIds)
        {
            foreach (var npi in groups[g].Npis) npis.Add(npi);
            tins.Add(groups[g].Tin);
        }
        return new SynthStratumAnswer(code, s.BillingClass, s.Setting, s.PlaceOfService, s.ModifierGroup, s.NegotiatedType,
            rates.Length, list.Count - kept.Count, groupIds.Count, npis.Count, tins.Count,
            Text(rates[0]), P(rates, 0.10m), P(rates, 0.25m), P(rates, 0.50m), P(rates, 0.75m), P(rates, 0.90m), Text(rates[^1]));
    }

    private static double Type7(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        return lo + 1 < sorted.Length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }

    private static string P(decimal[] sorted, decimal p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)decimal.Floor(h);
        var value = lo + 1 < sorted.Length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
        return Text(Math.Round(value, 2, MidpointRounding.AwayFromZero));
    }

    private static string Text(decimal d) => d.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Writes the answers as JSON (atomically: temp file, then rename).</summary>
    public void WriteTo(string path)
    {
        var temp = path + ".tmp";
        using (var stream = File.Create(temp))
        using (var json = new Utf8JsonWriter(stream, CodeBriefJson.FileWriter))
        {
            json.WriteStartObject();
            json.WriteString("payer", Payer);
            json.WriteBoolean("synthetic", true);
            json.WriteString("version", Version);
            json.WriteNumber("seed", Seed);
            json.WriteNumber("json_bytes", JsonBytes);
            json.WriteNumber("items", Items);
            json.WriteNumber("negotiated_rates", NegotiatedRates);
            json.WriteNumber("negotiated_prices", NegotiatedPrices);
            json.WriteString("percentile_method", "Hyndman-Fan type 7 (linear between closest ranks), rounded to cents half away from zero");
            json.WriteString("outlier_rule", "8+ distinct rates: drop rates with ln(rate) outside [Q1 - 1.5 W, Q3 + 1.5 W] of ln(distinct rates), W = max(IQR, ln 2); non-positive rates always dropped");
            json.WriteStartArray("strata");
            foreach (var a in Strata) JsonSerializer.Serialize(json, a, CodeBriefJson.Files);
            json.WriteEndArray();
            json.WriteNumber("provider_references", ProviderReferences);
            json.WriteNumber("groups_referenced", GroupsReferenced);
            json.WriteNumber("inline_groups", InlineGroups);
            json.WriteStartArray("codes");
            foreach (var c in Codes) JsonSerializer.Serialize(json, c, CodeBriefJson.Files);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads the per-code reader facts written by <see cref="WriteTo"/> (for reader tests).</summary>
    public static List<SynthCodeFacts> ReadCodes(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var list = new List<SynthCodeFacts>();
        foreach (var e in doc.RootElement.GetProperty("codes").EnumerateArray())
            list.Add(e.Deserialize<SynthCodeFacts>(CodeBriefJson.Files)!); // every element was written from a non-null record
        return list;
    }

    /// <summary>Reads answers written by <see cref="WriteTo"/> (the strata only, for tests).</summary>
    public static List<SynthStratumAnswer> ReadStrata(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var list = new List<SynthStratumAnswer>();
        foreach (var e in doc.RootElement.GetProperty("strata").EnumerateArray())
            list.Add(e.Deserialize<SynthStratumAnswer>(CodeBriefJson.Files)!); // every element was written from a non-null record
        return list;
    }
}
