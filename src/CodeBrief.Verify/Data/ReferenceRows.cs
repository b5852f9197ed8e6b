using CodeBrief.Core.Provenance;

namespace CodeBrief.Verify.Data;

/// <summary>A NUCC taxonomy row.</summary>
internal sealed record NuccEntry(string Code, string Grouping, string Classification, string Specialization, string DisplayName, SourceRef Source)
{
    /// <summary>Classification and specialization as NUCC prints them (<c>Internal Medicine / Cardiovascular Disease</c>).</summary>
    public string Name => Specialization.Length == 0 ? Classification : $"{Classification} / {Specialization}";
}

/// <summary>An ICD-10-CM row (code without its dot).</summary>
internal sealed record IcdEntry(string Code, string Description, bool Billable, SourceRef Source);

/// <summary>A HCPCS Level II code or modifier row.</summary>
internal sealed record HcpcsEntry(string Code, string LongDescription, string ShortDescription, string? TermDate, string? CrossReference, SourceRef Source);

/// <summary>A PFS RVU row: the indicators that govern modifiers, and the totals that give the national amount.</summary>
internal sealed record PfsEntry(
    string Code, string Modifier, string Description, string Status, string PctcIndicator, string GlobalDays, string IntraOperative,
    string MultipleProcedure, string BilateralSurgery, string AssistantSurgery, string CoSurgery, string TeamSurgery,
    decimal? NonFacilityTotal, decimal? FacilityTotal, decimal? ConversionFactor,
    decimal? WorkRvu, decimal? NonFacilityPeRvu, decimal? FacilityPeRvu, decimal? MalpracticeRvu, SourceRef Source);

/// <summary>A PFS locality's geographic practice cost indices.</summary>
internal sealed record GpciEntry(string Mac, string Locality, string Name, decimal Work, decimal PracticeExpense, decimal Malpractice, SourceRef Source);

/// <summary>A CLFS row; <see cref="Rate"/> is null when the indicator says there is no national limit.</summary>
internal sealed record ClfsEntry(string Code, string Modifier, string Indicator, decimal? Rate, string ShortDescription, string LongDescription, string ExtendedDescription, SourceRef Source);

/// <summary>An NCCI add-on code edit row.</summary>
internal sealed record AddOnEdit(string AddOnCode, string PrimaryCode, string EditType, string? DeletionDate, SourceRef Source);

/// <summary>An NCCI procedure-to-procedure edit row.</summary>
internal sealed record PtpEdit(string Column1, string Column2, string Setting, string? ModifierIndicator, string? DeletionDate, SourceRef Source);
