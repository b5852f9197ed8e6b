using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CodeBrief.Core.Codes;

/// <summary>A NUCC Health Care Provider Taxonomy code: ten characters, three digits, six letters or digits, and a final <c>X</c>.</summary>
/// <remarks>
/// <see cref="Pattern"/> is the one statement of the shape: <see cref="TryParse"/> matches against it, and every other
/// place that looks for taxonomy codes in text builds its regular expression from it.
/// </remarks>
public readonly partial record struct TaxonomyCode
{
    /// <summary>The shape of a code as a regular-expression fragment (upper case, no anchors, no capturing groups).</summary>
    /// <remarks>
    /// Every code of the NUCC set (883 in release 25.1) opens with three digits; requiring them keeps ten-letter words
    /// ending in X out. Wrap it in <c>(?i:…)</c> to accept lower case.
    /// </remarks>
    public const string Pattern = "(?:[0-9]{3}[0-9A-Z]{6}X)";

    private TaxonomyCode(string value) => Value = value;

    /// <summary>The ten-character code, upper case.</summary>
    public string Value { get; }

    /// <summary>Parses a taxonomy code, ignoring surrounding white space and case.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TaxonomyCode code)
    {
        code = default;
        if (text is null) return false;
        var s = text.Trim().ToUpperInvariant();
        if (!Exact().IsMatch(s)) return false;
        code = new TaxonomyCode(s);
        return true;
    }

    [GeneratedRegex("^" + Pattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex Exact();

    /// <inheritdoc />
    public override string ToString() => Value ?? "";
}
