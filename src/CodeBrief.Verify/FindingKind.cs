namespace CodeBrief.Verify;

/// <summary>The stable <c>kind</c> names of the JSON contract (issue 6).</summary>
public static class FindingKind
{
    /// <summary>The code is not in the code set its context implies.</summary>
    public const string Nonexistent = "nonexistent";
    /// <summary>The code exists but carries a termination date in the past.</summary>
    public const string Terminated = "terminated";
    /// <summary>An ICD-10-CM category header: a prefix of billable codes but not itself billable.</summary>
    public const string NotBillable = "not_billable";
    /// <summary>The text beside the code disagrees with the official text.</summary>
    public const string DescriptionMismatch = "description_mismatch";
    /// <summary>A modifier that the fee schedule indicators do not allow on the subject code.</summary>
    public const string ModifierInapplicable = "modifier_inapplicable";
    /// <summary>A claimed relationship that the NCCI edits or the descriptors contradict or do not support.</summary>
    public const string Relationship = "relationship";
    /// <summary>The same code listed twice in one table.</summary>
    public const string Duplicate = "duplicate";
    /// <summary>A Medicare amount that no loaded fee schedule row gives.</summary>
    public const string FeeMismatch = "fee_mismatch";
    /// <summary>The page's subject code is in none of the loaded code sets.</summary>
    public const string UnknownSubject = "unknown_subject";
    /// <summary>A global surgical period on the page that the PFS row of the code does not give.</summary>
    public const string GlobalPeriod = "global_period";
    /// <summary>A PFS status on the page (current, deleted) that the PFS row of the code contradicts.</summary>
    public const string Status = "status";
    /// <summary>A real taxonomy code whose specialty nothing loaded links to the code's family.</summary>
    public const string ImplausibleTaxonomy = "implausible_taxonomy";
}
