using Parquet.Schema;

namespace CodeBrief.Warehouse.Lake;

/// <summary>The Parquet schemas of the lake's four tables (the partition columns payer, network and month live in the folder names, and the source is the file name).</summary>
/// <remarks>A rate's text (code type, class, setting, places of service, modifiers, negotiated type, expiration) repeats
/// across millions of rows and takes a few thousand distinct values in most files, so it lives once per combination in
/// <c>rate_dims</c> and each rate names its combination by <c>dims_id</c>: encoding nine text columns per rate cost four
/// times the CPU of parsing the file.</remarks>
internal static class LakeColumns
{
    /// <summary>Rate amounts: decimal(18, 6), stored as 64-bit integers (a 38-digit decimal costs five times the CPU to
    /// encode); a millionth of a dollar or percent is finer than any payer prices.</summary>
    public static readonly DecimalDataField NegotiatedRate = new("negotiated_rate", precision: 18, scale: 6, isNullable: false);

    /// <summary>The largest amount <see cref="NegotiatedRate"/> holds.</summary>
    public const decimal MaxRate = 999_999_999_999.999999m;

    /// <summary>The digits after the point that <see cref="NegotiatedRate"/> keeps.</summary>
    public const int RateScale = 6;

    /// <summary><c>rates</c>: one row per distinct negotiated price of a code.</summary>
    public static readonly ParquetSchema Rates = new(
        new DataField<string>("billing_code"), new DataField<int>("dims_id"), NegotiatedRate, new DataField<int>("provider_group_set"),
        new DataField<int>("item_index"), new DataField<int>("rate_index"), new DataField<int>("price_index"));

    /// <summary><c>rate_dims</c>: the terms of each combination <c>rates.dims_id</c> names.</summary>
    public static readonly ParquetSchema RateDims = new(
        new DataField<int>("dims_id"), new DataField<string>("billing_code_type"),
        new DataField<string>("billing_code_type_version"), new DataField<string>("arrangement"), new DataField<string>("billing_class"),
        new DataField<string>("setting"), new DataField<string>("place_of_service"), new DataField<string>("modifiers"),
        new DataField<string>("negotiated_type"), new DataField<DateOnly?>("expiration_date"));

    /// <summary><c>group_sets</c>: the provider groups each <c>provider_group_set</c> names.</summary>
    public static readonly ParquetSchema GroupSets = new(new DataField<int>("set_id"), new DataField<string>("group_id"));

    /// <summary><c>provider_groups</c>: one row per group and NPI (a group without NPIs has one row with a null NPI).</summary>
    public static readonly ParquetSchema ProviderGroups = new(
        new DataField<string>("group_id"), new DataField<string>("network_names"), new DataField<string>("tin_type"),
        new DataField<string>("tin_value"), new DataField<string>("business_name"), new DataField<string>("npi"));
}
