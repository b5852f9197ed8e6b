namespace CodeBrief.Ingest.Tic;

/// <summary>The property names the TiC readers know, in the order they are tried (hot price fields first).</summary>
public enum TicKey
{
    /// <summary>A property the readers do not know; its value is skipped.</summary>
    Unknown,
    /// <summary><c>negotiated_type</c></summary>
    NegotiatedType,
    /// <summary><c>negotiated_rate</c></summary>
    NegotiatedRate,
    /// <summary><c>expiration_date</c></summary>
    ExpirationDate,
    /// <summary><c>service_code</c></summary>
    ServiceCode,
    /// <summary><c>billing_class</c></summary>
    BillingClass,
    /// <summary><c>billing_code_modifier</c></summary>
    BillingCodeModifier,
    /// <summary><c>setting</c></summary>
    Setting,
    /// <summary><c>additional_information</c></summary>
    AdditionalInformation,
    /// <summary><c>provider_references</c></summary>
    ProviderReferences,
    /// <summary><c>negotiated_prices</c></summary>
    NegotiatedPrices,
    /// <summary><c>provider_groups</c></summary>
    ProviderGroups,
    /// <summary><c>npi</c></summary>
    Npi,
    /// <summary><c>tin</c></summary>
    Tin,
    /// <summary><c>type</c></summary>
    Type,
    /// <summary><c>value</c></summary>
    Value,
    /// <summary><c>business_name</c></summary>
    BusinessName,
    /// <summary><c>negotiation_arrangement</c></summary>
    NegotiationArrangement,
    /// <summary><c>name</c></summary>
    Name,
    /// <summary><c>billing_code_type</c></summary>
    BillingCodeType,
    /// <summary><c>billing_code_type_version</c></summary>
    BillingCodeTypeVersion,
    /// <summary><c>billing_code</c></summary>
    BillingCode,
    /// <summary><c>description</c></summary>
    Description,
    /// <summary><c>negotiated_rates</c></summary>
    NegotiatedRates,
    /// <summary><c>bundled_codes</c></summary>
    BundledCodes,
    /// <summary><c>covered_services</c></summary>
    CoveredServices,
    /// <summary><c>severity_of_illness</c></summary>
    SeverityOfIllness,
    /// <summary><c>provider_group_id</c></summary>
    ProviderGroupId,
    /// <summary><c>network_name</c></summary>
    NetworkName,
    /// <summary><c>location</c></summary>
    Location,
    /// <summary><c>in_network</c></summary>
    InNetwork,
    /// <summary><c>reporting_entity_name</c></summary>
    ReportingEntityName,
    /// <summary><c>reporting_entity_type</c></summary>
    ReportingEntityType,
    /// <summary><c>issuer_name</c></summary>
    IssuerName,
    /// <summary><c>plan_name</c></summary>
    PlanName,
    /// <summary><c>plan_id_type</c></summary>
    PlanIdType,
    /// <summary><c>plan_id</c></summary>
    PlanId,
    /// <summary><c>plan_sponsor_name</c></summary>
    PlanSponsorName,
    /// <summary><c>plan_market_type</c></summary>
    PlanMarketType,
    /// <summary><c>last_updated_on</c></summary>
    LastUpdatedOn,
    /// <summary><c>version</c></summary>
    Version,
    /// <summary><c>out_of_network</c></summary>
    OutOfNetwork,
    /// <summary><c>allowed_amounts</c></summary>
    AllowedAmounts,
    /// <summary><c>payments</c></summary>
    Payments,
    /// <summary><c>allowed_amount</c></summary>
    AllowedAmount,
    /// <summary><c>providers</c></summary>
    Providers,
    /// <summary><c>billed_charge</c></summary>
    BilledCharge,
    /// <summary><c>reporting_structure</c></summary>
    ReportingStructure,
    /// <summary><c>reporting_plans</c></summary>
    ReportingPlans,
    /// <summary><c>in_network_files</c></summary>
    InNetworkFiles,
    /// <summary><c>allowed_amount_file</c></summary>
    AllowedAmountFile,
}
