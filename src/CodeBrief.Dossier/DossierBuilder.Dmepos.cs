using CodeBrief.Analytics.Medicare;
using CodeBrief.Dossier.Facts;

namespace CodeBrief.Dossier;

public sealed partial class DossierBuilder
{
    /// <summary>The code's DMEPOS fee schedule fact, or null when the loaded fee schedule has no row for it (or none is loaded).</summary>
    private DmeposFact? ReadDmepos(string code)
    {
        var rows = _reference.Dmepos(code);
        return rows.Count == 0 ? null : new DmeposFact(DmeposPricing.Price(rows));
    }
}
