namespace CodeBrief.Verify;

/// <summary>The outcome for one token examined, as listed in <c>checked[]</c>.</summary>
public static class Verdict
{
    /// <summary>Every check that could run passed.</summary>
    public const string Ok = "ok";
    /// <summary>At least one error-level finding.</summary>
    public const string Error = "error";
    /// <summary>Warnings but no errors.</summary>
    public const string Warning = "warning";
    /// <summary>Only informational findings.</summary>
    public const string Info = "info";
    /// <summary>The code set the token belongs to is not loaded, or publishes no text to compare (CPT modifiers).</summary>
    public const string NotVerifiable = "not_verifiable";
}
