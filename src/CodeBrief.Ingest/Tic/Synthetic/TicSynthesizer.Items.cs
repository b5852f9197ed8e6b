using System.Globalization;
using System.Text.Json;
using CodeBrief.Core.Codes;

namespace CodeBrief.Ingest.Tic.Synthetic;

public static partial class TicSynthesizer
{
    private static void WriteItem(Utf8JsonWriter json, SynthAnswers answers, string code, int index, int rates, List<SynthGroup> groups, Random rng, int schema)
    {
        var level = Level(code);
        var split = Level(code + "/split") > 600m;
        var strata = new Dictionary<RateStratum, List<(decimal Rate, int[] Groups)>>();
        var setting = schema >= 2 ? "outpatient" : "";
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
            // Each rate object references a set of groups unique within the item, so no two rows collapse.
            int[] set = j % 5 == 0 ? [j % groups.Count, (j + 1) % groups.Count] : [j % groups.Count];
            json.WriteStartObject();
            json.WriteStartArray("provider_references");
            foreach (var g in set) json.WriteNumberValue(groups[g].Id);
            json.WriteEndArray();
            json.WriteStartArray("negotiated_prices");
            StandardPrices(json, strata, set, setting, rng, level, split, percentage: j % 10 == 0);
            json.WriteEndArray();
            json.WriteEndObject();
            if (json.BytesPending > 1 << 20) json.Flush();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        answers.AddItem(code, rates, strata, groups);
    }

    /// <summary>A rate's usual prices: office and facility-site professional fees, the 26 and TC split where the code has
    /// one, and a tenth of the rates an institutional percentage.</summary>
    private static void StandardPrices(Utf8JsonWriter json, Dictionary<RateStratum, List<(decimal, int[])>> strata, int[] set, string setting,
        Random rng, decimal level, bool split, bool percentage)
    {
        Price(json, strata, set, "professional", setting, ["11"], [], "negotiated", Draw(rng, level), Expiration);
        Price(json, strata, set, "professional", setting, ["22", "24"], [], "negotiated", Draw(rng, level * 0.75m), Expiration);
        if (split)
        {
            Price(json, strata, set, "professional", setting, ["11"], ["26"], "negotiated", Draw(rng, level * 0.3m), Expiration);
            Price(json, strata, set, "professional", setting, ["11"], ["TC"], "negotiated", Draw(rng, level * 0.7m), Expiration);
        }
        if (percentage)
            Price(json, strata, set, "institutional", setting, [], [], "percentage", Math.Round(30m + (decimal)rng.Next(0, 500) / 10m, 1), Expiration);
    }

    private static void Price(Utf8JsonWriter json, Dictionary<RateStratum, List<(decimal, int[])>> strata, int[] set, string billingClass,
        string setting, string[] pos, string[] modifiers, string type, decimal rate, string expiration)
    {
        json.WriteStartObject();
        json.WriteString("negotiated_type", type);
        json.WriteNumber("negotiated_rate", rate);
        json.WriteString("expiration_date", expiration);
        if (setting.Length > 0) json.WriteString("setting", setting);
        if (pos.Length > 0)
        {
            json.WriteStartArray("service_code");
            foreach (var p in pos) json.WriteStringValue(p);
            json.WriteEndArray();
        }
        json.WriteString("billing_class", billingClass);
        if (modifiers.Length > 0)
        {
            json.WriteStartArray("billing_code_modifier");
            foreach (var m in modifiers) json.WriteStringValue(m);
            json.WriteEndArray();
        }
        json.WriteEndObject();
        var stratum = RateStratum.Classify(billingClass, setting, string.Join(',', pos), string.Join(',', modifiers), type);
        if (!strata.TryGetValue(stratum, out var list)) strata[stratum] = list = [];
        list.Add((rate, set));
    }

    private static string Text(decimal d) => d.ToString("0.############################", CultureInfo.InvariantCulture);
}
