namespace CodeBrief.Ingest.Tic.Synthetic;

/// <summary>The layouts the generator writes: its own, and the shapes of large real payers' files (issue 16).</summary>
public enum SynthShape
{
    /// <summary>The generator's own layout: provider references first, one small group per reference, one or two references per rate.</summary>
    Standard,

    /// <summary>
    /// (a) As the big payers write: provider references first, 20,000 groups holding 200,000 NPIs (a few systems of
    /// thousands to 20,000 NPIs, NPIs shared between groups), a tenth of the rates with inline <c>provider_groups</c>,
    /// and two popular codes split over thousands of items.
    /// </summary>
    ReferencesFirst,

    /// <summary>(b) 1,000,000 provider groups first, each rate using one to three of them.</summary>
    ManyGroups,

    /// <summary>(c) Rates whose dimensions vary item by item: provider-group sets, modifiers, place-of-service sets, expiration dates.</summary>
    VaryingDimensions,

    /// <summary>(d) Schema 2.0 with <c>provider_references</c> after <c>in_network</c>, and items of up to 60 MB whose rates hold long <c>negotiated_prices</c> arrays.</summary>
    ReferencesLast,
}
