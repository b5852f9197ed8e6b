using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CodeBrief.Core.Codes;

/// <summary>
/// An ICD-10-CM diagnosis code in its stored form: no dot, upper case, 3 to 7 characters
/// (a letter, then letters or digits; the second is a digit except in chapter Q's FY2026 <c>QA</c> codes such as <c>QA00101</c>). <see cref="Display"/> inserts the dot after the third character.
/// </summary>
/// <remarks>
/// <see cref="Pattern"/> is the one statement of the shape: <see cref="TryParse"/> matches against it, and every other
/// place that looks for diagnosis codes in text builds its regular expression from it or from <see cref="DottedPattern"/>.
/// </remarks>
public readonly partial record struct IcdCode
{
    /// <summary>
    /// The shape of a code, with or without its dot, as a regular-expression fragment (upper case, no anchors, no capturing
    /// groups): a letter, two letters or digits (the category), then up to four more, after a dot when one is written.
    /// </summary>
    /// <remarks>
    /// FY2026 added codes with a letter second (QA00101 "SCN2A-related neurodevelopmental disorder"), so only the first
    /// character's class is fixed. Wrap it in <c>(?i:…)</c> to accept lower case.
    /// </remarks>
    public const string Pattern = "(?:" + Category + @"(?:\.?" + Subcategory + ")?)";

    /// <summary>The shape in words, for messages about text that is not a code.</summary>
    public const string Shape = "a letter, two letters or digits, then up to four more letters or digits after a dot";

    /// <summary>The printed form (<see cref="Display"/>) of a code longer than its category, as a fragment like <see cref="Pattern"/>: the dot is required.</summary>
    public const string DottedPattern = "(?:" + Category + @"\." + Subcategory + ")";

    // The category is fixed at three characters; the dot, when written, stands after it and nowhere else.
    private const string Category = "[A-Z][0-9A-Z]{2}";
    private const string Subcategory = "[0-9A-Z]{1,4}";

    private IcdCode(string value) => Value = value;

    /// <summary>The code without its dot (<c>C50911</c>).</summary>
    public string Value { get; }

    /// <summary>The code as printed (<c>C50.911</c>).</summary>
    public string Display => Value.Length > 3 ? string.Concat(Value.AsSpan(0, 3), ".", Value.AsSpan(3)) : Value;

    /// <summary>Parses a code with or without its dot, ignoring surrounding white space and case.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IcdCode code)
    {
        code = default;
        if (text is null) return false;
        var s = text.Trim().ToUpperInvariant();
        if (!Exact().IsMatch(s)) return false;
        code = new IcdCode(s.Replace(".", "", StringComparison.Ordinal));
        return true;
    }

    [GeneratedRegex("^" + Pattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex Exact();

    /// <inheritdoc />
    public override string ToString() => Display;
}
