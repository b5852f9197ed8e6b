using CodeBrief.Brief.Model;
using CodeBrief.Dossier;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    /// <summary>
    /// The PFS amount by state: for the first priced PFS row (the global service first), the lowest and highest amount of the
    /// state's GPCI localities in the office (non-facility) setting, else the facility setting. Null when nothing is priced.
    /// </summary>
    private static BriefStateMap? PfsStateMap(CodeDossier d)
    {
        foreach (var p in d.Pfs)
        {
            var office = p.Pricing.NonFacilityByState.Count > 0;
            var ranges = office ? p.Pricing.NonFacilityByState : p.Pricing.FacilityByState;
            if (ranges.Count == 0) continue;
            var label = p.Modifier.Length == 0 ? "" : $", modifier {p.Modifier}";
            var states = ranges.Select(r => new BriefStateValue(r.State,
                r.Min == r.Max ? (r.Localities == 1 ? $"{r.Min}" : $"{r.Min} in each of its {r.Localities} localities") : $"{r.Min} to {r.Max} across {r.Localities} localities",
                r.Min.Dollars, [p.Row.Source, r.MinSource, r.MaxSource])).ToList();
            return new BriefStateMap($"PFS {(office ? "office (non-facility)" : "facility")} amount{label} by state", states);
        }
        return null;
    }

    /// <summary>The DMEPOS non-rural fee by state of the code's first DMEPOS row, or null.</summary>
    private static BriefStateMap? DmeposStateMap(CodeDossier d)
    {
        if (d.Dmepos is not { } dme) return null;
        var row = dme.Rows[0];
        var states = row.States.Where(s => s.NonRural is not null).OrderBy(s => s.State, StringComparer.Ordinal)
            .Select(s => new BriefStateValue(s.State, s.NonRural!.Value.ToString() + (s.Rural is { } r ? $"; rural {r}" : ""), s.NonRural!.Value.Dollars, [row.Source]))
            .ToList();
        if (states.Count == 0) return null;
        var label = row.Modifiers.Length == 0 ? "" : $", modifier {row.Modifiers}";
        return new BriefStateMap($"DMEPOS fee{label} by state (non-rural)", states);
    }

}
