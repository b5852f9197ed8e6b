namespace CodeBrief.Ingest.Tic;

/// <summary>Departures from the CMS schema that the reader accepts, normalises and counts.</summary>
public enum TicOddity
{
    /// <summary>A property name in another case (<c>NPI</c> for <c>npi</c>).</summary>
    UpperCaseKey,
    /// <summary>A <c>provider_group_id</c> that is a decimal (<c>690.64462</c>), kept as a text id.</summary>
    DecimalGroupId,
    /// <summary>A <c>provider_group_id</c> or NPI written as a string.</summary>
    IdAsString,
    /// <summary>A <c>billing_code</c> holding several codes (<c>"99213,99214"</c>); one row per code.</summary>
    MultiCodeBillingCode,
    /// <summary>A <c>CSTM-ALL</c> billing code (a rate for all codes).</summary>
    CustomAllCode,
    /// <summary>A rate with <c>negotiated_type</c> <c>percentage</c> (kept apart from dollar rates).</summary>
    PercentageRate,
    /// <summary>A percentage between 0 and 1, probably a fraction (0.405 for 40.5%); kept as given.</summary>
    PercentageAsFraction,
    /// <summary>A <c>negotiated_rate</c> written as a string.</summary>
    RateAsString,
    /// <summary>A date that is empty, not ISO (<c>12/31/2025</c>), or a placeholder (<c>1900-01-01</c>); normalised or dropped.</summary>
    PlaceholderOrOddDate,
    /// <summary><c>last_updated_on</c> equal to the date in the CMS sample files (2020-08-27), a copied placeholder.</summary>
    SampleLastUpdatedOn,
    /// <summary>An NPI of 0 (TIN-only contract); left out of the NPI list.</summary>
    ZeroNpi,
    /// <summary>A provider reference given only by a remote <c>location</c> that was not resolved.</summary>
    UnresolvedRemoteReference,
    /// <summary>A rate that references a provider group id the file does not define.</summary>
    UnknownGroupReference,
    /// <summary>An in-network item whose <c>billing_code</c> came after its <c>negotiated_rates</c> (rates held until the code was known).</summary>
    CodeAfterRates,
    /// <summary>A value of an unknown property, skipped.</summary>
    UnknownProperty,
    /// <summary>A value in another unambiguous shape than the schema's (an array where one object belongs); accepted.</summary>
    ShapeVariant,
    /// <summary>A negative or zero negotiated rate.</summary>
    NonPositiveRate,
}
