using Parquet.Schema;

namespace CodeBrief.Warehouse.Lake;

/// <summary>The Parquet schemas of the lake's three tables (the partition columns payer, network and month live in the folder names, and the source is the file name).</summary>
internal static class LakeColumns
{
    /// <summary>Rate amounts: exact to ten decimal places, as the files write them.</summary>
    public static readonly DecimalDataField NegotiatedRate = new("negotiated_rate", precision: 38, scale: 10, isNullable: false);

    /// <summary><c>rates</c>: one row per distinct negotiated price of a code.</summary>
    public static readonly ParquetSchema Rates = new(
        new DataField<string>("billing_code"), new DataField<string>("billing_code_type"), new DataField<string>("billing_code_type_version"),
        new DataField<string>("arrangement"), new DataField<string>("billing_class"), new DataField<string>("setting"),
        new DataField<string>("place_of_service"), new DataField<string>("modifiers"), new DataField<string>("negotiated_type"),
        NegotiatedRate, new DataField<DateOnly?>("expiration_date"), new DataField<int>("provider_group_set"),
        new DataField<int>("item_index"), new DataField<int>("rate_index"), new DataField<int>("price_index"));

    /// <summary><c>group_sets</c>: the provider groups each <c>provider_group_set</c> names.</summary>
    public static readonly ParquetSchema GroupSets = new(new DataField<int>("set_id"), new DataField<string>("group_id"));

    /// <summary><c>provider_groups</c>: one row per group and NPI (a group without NPIs has one row with a null NPI).</summary>
    public static readonly ParquetSchema ProviderGroups = new(
        new DataField<string>("group_id"), new DataField<string>("network_names"), new DataField<string>("tin_type"),
        new DataField<string>("tin_value"), new DataField<string>("business_name"), new DataField<string>("npi"));
}
