using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CodeBrief.Core.Places;

/// <summary>A five-digit U.S. ZIP code (<c>94105</c>), the key of CMS's ZIP-to-locality and DMEPOS rural ZIP files.</summary>
/// <remarks>A ZIP+4 or a ZIP that lost its leading zero is not accepted here: the caller says which five digits it means.</remarks>
public readonly partial record struct ZipCode
{
    /// <summary>The shape, as a regular-expression fragment (no anchors).</summary>
    public const string Pattern = "(?:[0-9]{5})";

    /// <summary>The shape in words, for messages.</summary>
    public const string Shape = "five digits, for example 94105";

    private ZipCode(string value) => Value = value;

    /// <summary>The five digits.</summary>
    public string Value { get; }

    /// <summary>Parses five digits, ignoring surrounding white space.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ZipCode zip)
    {
        zip = default;
        if (text is null) return false;
        var s = text.Trim();
        if (!Exact().IsMatch(s)) return false;
        zip = new ZipCode(s);
        return true;
    }

    [GeneratedRegex("^" + Pattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex Exact();

    /// <inheritdoc />
    public override string ToString() => Value ?? "";
}
