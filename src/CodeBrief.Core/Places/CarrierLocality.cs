using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CodeBrief.Core.Places;

/// <summary>
/// A Medicare PFS payment locality: the carrier (MAC) number and the locality number, written <c>01112-05</c> (San
/// Francisco), as the GPCI, locality, OPPS cap and ZIP files key them (zero-padded, five and two digits).
/// </summary>
public readonly partial record struct CarrierLocality
{
    /// <summary>The shape, as a regular-expression fragment (no anchors, no capturing groups).</summary>
    public const string Pattern = "(?:[0-9]{5}-[0-9]{2})";

    /// <summary>The shape in words, for messages.</summary>
    public const string Shape = "CARRIER-LOCALITY, five and two digits, for example 01112-05";

    /// <summary>Creates a locality from its two zero-padded parts.</summary>
    public CarrierLocality(string carrier, string locality)
    {
        if (!TryParse($"{carrier}-{locality}", out var parsed))
            throw new ArgumentException($"\"{carrier}-{locality}\" is not a carrier locality ({Shape}).", nameof(carrier));
        Carrier = parsed.Carrier;
        Locality = parsed.Locality;
    }

    private CarrierLocality(string carrier, string locality, bool _)
    {
        Carrier = carrier;
        Locality = locality;
    }

    /// <summary>The carrier (MAC) number, five digits.</summary>
    public string Carrier { get; }

    /// <summary>The locality number, two digits.</summary>
    public string Locality { get; }

    /// <summary>Parses <c>CARRIER-LOCALITY</c>, ignoring surrounding white space.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CarrierLocality locality)
    {
        locality = default;
        if (text is null) return false;
        var s = text.Trim();
        if (!Exact().IsMatch(s)) return false;
        locality = new CarrierLocality(s[..5], s[6..], true);
        return true;
    }

    [GeneratedRegex("^" + Pattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex Exact();

    /// <inheritdoc />
    public override string ToString() => Carrier is null ? "" : $"{Carrier}-{Locality}";
}
