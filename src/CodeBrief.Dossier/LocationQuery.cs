using CodeBrief.Core.Errors;
using CodeBrief.Core.Places;

namespace CodeBrief.Dossier;

/// <summary>The place a reader asks about: a ZIP code (resolved through CMS's ZIP-to-locality file) or a PFS carrier locality.</summary>
/// <remarks>Exactly one of <see cref="Zip"/> and <see cref="Locality"/> is set; <see cref="Parse"/> is the one way in from text.</remarks>
public sealed record LocationQuery
{
    private LocationQuery(ZipCode? zip, CarrierLocality? locality)
    {
        Zip = zip;
        Locality = locality;
    }

    /// <summary>The ZIP asked about, or null.</summary>
    public ZipCode? Zip { get; }

    /// <summary>The carrier locality asked about, or null.</summary>
    public CarrierLocality? Locality { get; }

    /// <summary>A ZIP code query.</summary>
    public static LocationQuery ForZip(ZipCode zip) => new(zip, null);

    /// <summary>A carrier locality query.</summary>
    public static LocationQuery ForLocality(CarrierLocality locality) => new(null, locality);

    /// <summary>
    /// The query of a <c>--zip</c> / <c>--locality</c> pair (either may be null): null when neither is given.
    /// </summary>
    /// <exception cref="UsageException">Both are given, or one is malformed.</exception>
    public static LocationQuery? Parse(string? zip, string? locality)
    {
        var hasZip = !string.IsNullOrWhiteSpace(zip);
        var hasLocality = !string.IsNullOrWhiteSpace(locality);
        if (hasZip && hasLocality) throw new UsageException("Give either a ZIP code or a carrier locality, not both.");
        if (hasZip)
            return ZipCode.TryParse(zip, out var z) ? ForZip(z)
                : throw new UsageException($"\"{zip!.Trim()}\" is not a ZIP code ({ZipCode.Shape}).");
        if (hasLocality)
            return CarrierLocality.TryParse(locality, out var l) ? ForLocality(l)
                : throw new UsageException($"\"{locality!.Trim()}\" is not a carrier locality ({CarrierLocality.Shape}).");
        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Zip is { } z ? $"ZIP {z}" : $"locality {Locality}";
}
