using System.Text;
using System.Text.Json;

namespace CodeBrief.Ingest.Tic;

/// <summary>Identifies property names by comparing UTF-8 bytes (<see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/>), never making strings.</summary>
internal static class TicKeys
{
    /// <summary>The JSON names, indexed by <see cref="TicKey"/> (for paths in error messages).</summary>
    public static readonly string[] Names =
    [
        "?",
        "negotiated_type",
        "negotiated_rate",
        "expiration_date",
        "service_code",
        "billing_class",
        "billing_code_modifier",
        "setting",
        "additional_information",
        "provider_references",
        "negotiated_prices",
        "provider_groups",
        "npi",
        "tin",
        "type",
        "value",
        "business_name",
        "negotiation_arrangement",
        "name",
        "billing_code_type",
        "billing_code_type_version",
        "billing_code",
        "description",
        "negotiated_rates",
        "bundled_codes",
        "covered_services",
        "severity_of_illness",
        "provider_group_id",
        "network_name",
        "location",
        "in_network",
        "reporting_entity_name",
        "reporting_entity_type",
        "issuer_name",
        "plan_name",
        "plan_id_type",
        "plan_id",
        "plan_sponsor_name",
        "plan_market_type",
        "last_updated_on",
        "version",
        "out_of_network",
        "allowed_amounts",
        "payments",
        "allowed_amount",
        "providers",
        "billed_charge",
        "reporting_structure",
        "reporting_plans",
        "in_network_files",
        "allowed_amount_file"
    ];

    /// <summary>UTF-8 names grouped by byte length, so a name is compared only with the few keys of its length.</summary>
    private static readonly (byte[] Name, TicKey Key)[][] ByLength = BuildByLength();

    private static (byte[] Name, TicKey Key)[][] BuildByLength()
    {
        var max = 0;
        foreach (var n in Names) max = Math.Max(max, n.Length);
        var lists = new List<(byte[], TicKey)>[max + 1];
        for (var i = 0; i < lists.Length; i++) lists[i] = [];
        // Names[0] is the placeholder for unknown keys.
        for (var i = 1; i < Names.Length; i++) lists[Names[i].Length].Add((Encoding.UTF8.GetBytes(Names[i]), (TicKey)i));
        var result = new (byte[], TicKey)[max + 1][];
        for (var i = 0; i < lists.Length; i++) result[i] = [.. lists[i]];
        return result;
    }

    /// <summary>The key of the property name the reader is on; other-case spellings (<c>NPI</c>) are accepted and counted.</summary>
    /// <remarks>
    /// Runs once per property of every kept price, so it dispatches on the name's byte length and compares only the
    /// keys of that length (at most four) instead of trying every key in turn. Escaped names take the slow path.
    /// </remarks>
    public static TicKey Identify(ref Utf8JsonReader reader, TicIngestReport report)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var span = reader.ValueSpan;
            if (span.Length < ByLength.Length)
                foreach (var (name, key) in ByLength[span.Length])
                    if (span.SequenceEqual(name)) return key;
            return IdentifyFolded(ref reader, report);
        }
        try
        {
            return IdentifyEscaped(ref reader, report);
        }
        catch (InvalidOperationException)
        {
            // An escape that is half a surrogate pair: no schema key looks like that, so it is an unknown property.
            report.Count(TicOddity.UnknownProperty);
            return TicKey.Unknown;
        }
    }

    private static TicKey IdentifyEscaped(ref Utf8JsonReader reader, TicIngestReport report)
    {
        if (reader.ValueTextEquals("negotiated_type"u8)) return TicKey.NegotiatedType;
        if (reader.ValueTextEquals("negotiated_rate"u8)) return TicKey.NegotiatedRate;
        if (reader.ValueTextEquals("expiration_date"u8)) return TicKey.ExpirationDate;
        if (reader.ValueTextEquals("service_code"u8)) return TicKey.ServiceCode;
        if (reader.ValueTextEquals("billing_class"u8)) return TicKey.BillingClass;
        if (reader.ValueTextEquals("billing_code_modifier"u8)) return TicKey.BillingCodeModifier;
        if (reader.ValueTextEquals("setting"u8)) return TicKey.Setting;
        if (reader.ValueTextEquals("additional_information"u8)) return TicKey.AdditionalInformation;
        if (reader.ValueTextEquals("provider_references"u8)) return TicKey.ProviderReferences;
        if (reader.ValueTextEquals("negotiated_prices"u8)) return TicKey.NegotiatedPrices;
        if (reader.ValueTextEquals("provider_groups"u8)) return TicKey.ProviderGroups;
        if (reader.ValueTextEquals("npi"u8)) return TicKey.Npi;
        if (reader.ValueTextEquals("tin"u8)) return TicKey.Tin;
        if (reader.ValueTextEquals("type"u8)) return TicKey.Type;
        if (reader.ValueTextEquals("value"u8)) return TicKey.Value;
        if (reader.ValueTextEquals("business_name"u8)) return TicKey.BusinessName;
        if (reader.ValueTextEquals("negotiation_arrangement"u8)) return TicKey.NegotiationArrangement;
        if (reader.ValueTextEquals("name"u8)) return TicKey.Name;
        if (reader.ValueTextEquals("billing_code_type"u8)) return TicKey.BillingCodeType;
        if (reader.ValueTextEquals("billing_code_type_version"u8)) return TicKey.BillingCodeTypeVersion;
        if (reader.ValueTextEquals("billing_code"u8)) return TicKey.BillingCode;
        if (reader.ValueTextEquals("description"u8)) return TicKey.Description;
        if (reader.ValueTextEquals("negotiated_rates"u8)) return TicKey.NegotiatedRates;
        if (reader.ValueTextEquals("bundled_codes"u8)) return TicKey.BundledCodes;
        if (reader.ValueTextEquals("covered_services"u8)) return TicKey.CoveredServices;
        if (reader.ValueTextEquals("severity_of_illness"u8)) return TicKey.SeverityOfIllness;
        if (reader.ValueTextEquals("provider_group_id"u8)) return TicKey.ProviderGroupId;
        if (reader.ValueTextEquals("network_name"u8)) return TicKey.NetworkName;
        if (reader.ValueTextEquals("location"u8)) return TicKey.Location;
        if (reader.ValueTextEquals("in_network"u8)) return TicKey.InNetwork;
        if (reader.ValueTextEquals("reporting_entity_name"u8)) return TicKey.ReportingEntityName;
        if (reader.ValueTextEquals("reporting_entity_type"u8)) return TicKey.ReportingEntityType;
        if (reader.ValueTextEquals("issuer_name"u8)) return TicKey.IssuerName;
        if (reader.ValueTextEquals("plan_name"u8)) return TicKey.PlanName;
        if (reader.ValueTextEquals("plan_id_type"u8)) return TicKey.PlanIdType;
        if (reader.ValueTextEquals("plan_id"u8)) return TicKey.PlanId;
        if (reader.ValueTextEquals("plan_sponsor_name"u8)) return TicKey.PlanSponsorName;
        if (reader.ValueTextEquals("plan_market_type"u8)) return TicKey.PlanMarketType;
        if (reader.ValueTextEquals("last_updated_on"u8)) return TicKey.LastUpdatedOn;
        if (reader.ValueTextEquals("version"u8)) return TicKey.Version;
        if (reader.ValueTextEquals("out_of_network"u8)) return TicKey.OutOfNetwork;
        if (reader.ValueTextEquals("allowed_amounts"u8)) return TicKey.AllowedAmounts;
        if (reader.ValueTextEquals("payments"u8)) return TicKey.Payments;
        if (reader.ValueTextEquals("allowed_amount"u8)) return TicKey.AllowedAmount;
        if (reader.ValueTextEquals("providers"u8)) return TicKey.Providers;
        if (reader.ValueTextEquals("billed_charge"u8)) return TicKey.BilledCharge;
        if (reader.ValueTextEquals("reporting_structure"u8)) return TicKey.ReportingStructure;
        if (reader.ValueTextEquals("reporting_plans"u8)) return TicKey.ReportingPlans;
        if (reader.ValueTextEquals("in_network_files"u8)) return TicKey.InNetworkFiles;
        if (reader.ValueTextEquals("allowed_amount_file"u8)) return TicKey.AllowedAmountFile;
        return IdentifyFolded(ref reader, report);
    }

    private static TicKey IdentifyFolded(ref Utf8JsonReader reader, TicIngestReport report)
    {
        Span<byte> scratch = stackalloc byte[64];
        if (reader.ValueSpan.Length > 64) { report.Count(TicOddity.UnknownProperty); return TicKey.Unknown; }
        int length;
        try
        {
            length = reader.CopyString(scratch);
        }
        catch (InvalidOperationException)
        {
            // An escape that is half a surrogate pair: no schema key looks like that, so it is an unknown property.
            report.Count(TicOddity.UnknownProperty);
            return TicKey.Unknown;
        }
        var name = scratch[..length];
        for (var i = 1; i < Names.Length; i++)
        {
            if (Names[i].Length == name.Length && Ascii.EqualsIgnoreCase(name, Names[i]))
            {
                report.Count(TicOddity.UpperCaseKey);
                return (TicKey)i;
            }
        }
        report.Count(TicOddity.UnknownProperty);
        return TicKey.Unknown;
    }
}
