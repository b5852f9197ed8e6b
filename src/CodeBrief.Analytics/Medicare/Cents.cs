using CodeBrief.Core;

namespace CodeBrief.Analytics.Medicare;

/// <summary>Final rounding of fee schedule amounts.</summary>
public static class Cents
{
    /// <summary>
    /// Rounds to cents half away from zero and fixes the scale at two decimals, so 70.2 prints as 70.20 in JSON as well as
    /// in text (decimal keeps the scale it was parsed with; a CLFS rate stored as "70.2" would otherwise print differently).
    /// </summary>
    public static Money Round(decimal dollars) => Money.FromDollarsRounded(dollars);
}
