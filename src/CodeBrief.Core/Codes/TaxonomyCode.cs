using System.Diagnostics.CodeAnalysis;

namespace CodeBrief.Core.Codes;

/// <summary>A NUCC Health Care Provider Taxonomy code: ten characters, nine alphanumerics and a final <c>X</c>.</summary>
public readonly record struct TaxonomyCode
{
    private TaxonomyCode(string value) => Value = value;

    /// <summary>The ten-character code, upper case.</summary>
    public string Value { get; }

    /// <summary>Parses a taxonomy code, ignoring surrounding white space and case.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TaxonomyCode code)
    {
        code = default;
        if (text is null) return false;
        var s = text.Trim().ToUpperInvariant();
        if (s.Length != 10 || s[9] != 'X') return false;
        // Every NUCC code has at least three digits in its first four characters; this keeps ten-letter words out.
        var digits = 0;
        for (var i = 0; i < 9; i++)
        {
            if (!char.IsAsciiLetterOrDigit(s[i])) return false;
            if (char.IsAsciiDigit(s[i])) digits++;
        }
        if (digits < 3) return false;
        code = new TaxonomyCode(s);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? "";
}
