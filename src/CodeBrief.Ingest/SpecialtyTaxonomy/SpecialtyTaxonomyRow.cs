using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.SpecialtyTaxonomy;

/// <summary>One row of the CMS Medicare Provider and Supplier Taxonomy Crosswalk: a Medicare specialty beside one NUCC
/// taxonomy code that maps to it.</summary>
/// <param name="SpecialtyCode">Two-character Medicare specialty code (<c>01</c>, <c>A0</c>), or null for a provider/supplier
/// type without one.</param>
/// <param name="SpecialtyDescription">Medicare provider/supplier type description, or null.</param>
/// <param name="TaxonomyCode">NUCC taxonomy code, or null when the row lists none.</param>
/// <param name="TaxonomyDescription">Taxonomy description as published, or null.</param>
/// <param name="Source">The file row.</param>
public sealed record SpecialtyTaxonomyRow(string? SpecialtyCode, string? SpecialtyDescription, string? TaxonomyCode,
    string? TaxonomyDescription, SourceRef Source);
