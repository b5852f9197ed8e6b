namespace CodeBrief.Warehouse.Evidence;

/// <summary>
/// Matches a provider type from the Medicare utilization files (<c>Cardiology</c>, <c>Allergy/ Immunology</c>) to a
/// provider/supplier type description of the CMS taxonomy crosswalk (<c>Physician/Cardiovascular Disease (Cardiology)</c>).
/// </summary>
/// <remarks>
/// Both come from the Medicare specialty code, but the utilization files print a shorter name. A description matches
/// when, after dropping a leading <c>Physician/</c> and comparing letters and digits only, the type equals the whole
/// description, the part before its parenthesis, or the text inside it. No other guessing: an unmatched type gets no
/// taxonomy codes.
/// </remarks>
internal static class ProviderTypeMatcher
{
    /// <summary>True when <paramref name="providerType"/> names the crosswalk's <paramref name="description"/>.</summary>
    public static bool Matches(string providerType, string description)
    {
        var type = Key(providerType);
        if (type.Length == 0) return false;
        var text = description.Trim();
        if (text.StartsWith("Physician/", StringComparison.OrdinalIgnoreCase)) text = text["Physician/".Length..];
        if (Key(text) == type) return true;
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0) return false;
        var close = text.IndexOf(')', open);
        var inner = close > open ? text[(open + 1)..close] : text[(open + 1)..];
        return Key(text[..open]) == type || Key(inner) == type;
    }

    /// <summary>Letters and digits only, lower case.</summary>
    private static string Key(string text) =>
        string.Concat(text.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant));
}
