namespace CodeBrief.Ingest.Tic;

/// <summary>
/// The stratum a negotiated price falls in for benchmarks: billing class, setting, facility vs non-facility place of
/// service, modifier group and negotiated type. One definition shared by the benchmarks and the synthetic generator.
/// </summary>
/// <param name="BillingClass"><c>professional</c>, <c>institutional</c>, <c>both</c>.</param>
/// <param name="Setting"><c>inpatient</c>, <c>outpatient</c>, <c>both</c>, or <c>unspecified</c> (1.x files).</param>
/// <param name="PlaceOfService"><c>facility</c>, <c>non-facility</c>, <c>mixed</c> or <c>unspecified</c>.</param>
/// <param name="ModifierGroup"><c>global</c> (no modifier), <c>26</c>, <c>TC</c>, or <c>other</c>.</param>
/// <param name="NegotiatedType">As in the file: <c>negotiated</c>, <c>derived</c>, <c>fee schedule</c>, <c>percentage</c>, <c>per diem</c>.</param>
public sealed record RateStratum(string BillingClass, string Setting, string PlaceOfService, string ModifierGroup, string NegotiatedType)
{
    /// <summary>Place-of-service codes Medicare pays at the facility rate (CMS PFS facility settings).</summary>
    public static readonly IReadOnlySet<string> FacilityPlaceOfService =
        new HashSet<string>(StringComparer.Ordinal) { "02", "19", "21", "22", "23", "24", "26", "31", "34", "41", "42", "51", "52", "53", "56", "61" };

    /// <summary>Classifies stored rate columns into a stratum.</summary>
    /// <param name="billingClass">Lower-case billing class.</param>
    /// <param name="setting">Lower-case setting; empty for 1.x.</param>
    /// <param name="posSet">Comma-joined place-of-service codes; empty when none.</param>
    /// <param name="modifiers">Comma-joined modifiers; empty when none.</param>
    /// <param name="negotiatedType">Lower-case negotiated type.</param>
    public static RateStratum Classify(string billingClass, string setting, string posSet, string modifiers, string negotiatedType)
    {
        var pos = "unspecified";
        if (posSet.Length > 0 && !posSet.StartsWith("CSTM", StringComparison.Ordinal))
        {
            bool anyFacility = false, anyOther = false;
            foreach (var range in posSet.AsSpan().Split(','))
            {
                var code = posSet[range];
                if (FacilityPlaceOfService.Contains(code)) anyFacility = true;
                else anyOther = true;
            }
            pos = anyFacility && anyOther ? "mixed" : anyFacility ? "facility" : "non-facility";
        }
        var modifierGroup = modifiers switch
        {
            "" => "global",
            "26" => "26",
            "TC" => "TC",
            _ => "other",
        };
        return new RateStratum(billingClass, setting.Length == 0 ? "unspecified" : setting, pos, modifierGroup, negotiatedType);
    }

    /// <summary>True for dollar amounts per service (<c>negotiated</c>, <c>derived</c>, <c>fee schedule</c>); percentages and per-diem rates are reported apart.</summary>
    public bool IsDollarPerService => NegotiatedType is "negotiated" or "derived" or "fee schedule";
}
