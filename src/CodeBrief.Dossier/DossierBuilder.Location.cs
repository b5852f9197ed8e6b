using CodeBrief.Core.Errors;
using CodeBrief.Dossier.Facts;
using CodeBrief.Ingest.PfsGpci;

namespace CodeBrief.Dossier;

public sealed partial class DossierBuilder
{
    /// <summary>
    /// Places <paramref name="query"/> in a PFS locality and takes that locality's amounts from the code's pricing (the same
    /// <see cref="Analytics.Medicare.PfsPaymentCalculator"/> results as the national range).
    /// </summary>
    /// <exception cref="UsageException">The ZIP or locality is not in the loaded files.</exception>
    private LocationFact? Locate(LocationQuery? query, List<PfsEntry> pfs, DmeposFact? dmepos, bool isAnesthesia)
    {
        if (query is null) return null;
        var localities = _gpci.Value;
        if (query.Locality is { } asked)
        {
            var locality = localities.FirstOrDefault(l => l.Mac == asked.Carrier && l.Locality == asked.Locality)
                ?? throw new UsageException($"Locality {asked} is not in the loaded GPCI file."
                    + (localities.Count == 0 ? " Load the PFS files with `codebrief data load`." : $" Localities of carrier {asked.Carrier}: "
                        + (string.Join(", ", localities.Where(l => l.Mac == asked.Carrier).Select(l => $"{l.Mac}-{l.Locality} ({l.Name})")) is { Length: > 0 } same ? same : "none") + "."));
            return new LocationFact(query.ToString(), null, null, locality.State, null, locality, [], AmountsIn(locality, pfs), null, null,
                DmeposFees(dmepos, locality.State, null), isAnesthesia ? AnesthesiaFactorOf(locality.Mac, locality.Locality) : null);
        }
        var zip = query.Zip!.Value; // a query holds a ZIP when it holds no locality
        var row = _reference.ZipLocality(zip.Value)
            ?? throw new UsageException($"ZIP {zip} is not in the loaded ZIP-to-carrier-locality file; check the ZIP, or load a newer ZIP file with `codebrief data load`.");
        var ruralRow = dmepos is null ? null : _reference.DmeposRuralZip(zip.Value);
        // Listed as RURAL: rural. Listed under a former bidding area, or not listed while the file is loaded: not rural.
        bool? rural = dmepos is null ? null : ruralRow is not null ? ruralRow.IsRural : _sources.HasDataset("dmepos-rural-zip") ? false : null;
        var fees = DmeposFees(dmepos, row.State, rural);
        if (row.Plus4Flag == "1")
        {
            // The ZIP crosses locality lines; only the ZIP+4 file can place an address, so every locality of the state stays a candidate.
            var candidates = localities.Where(l => l.State == row.State).ToList();
            return new LocationFact(query.ToString(), zip.Value, row.Source, row.State, row.RuralIndicator, null, candidates, [], rural, ruralRow?.Source, fees, null);
        }
        var placed = localities.FirstOrDefault(l => l.Mac == row.Mac && l.Locality == row.Locality)
            ?? throw new UsageException($"ZIP {zip} is in carrier {row.Mac} locality {row.Locality} ({row.Source}), which the loaded GPCI file does not have.");
        return new LocationFact(query.ToString(), zip.Value, row.Source, row.State, row.RuralIndicator, placed, [], AmountsIn(placed, pfs), rural,
            ruralRow?.Source, fees, isAnesthesia ? AnesthesiaFactorOf(placed.Mac, placed.Locality) : null);
    }

    /// <summary>The state's DMEPOS fee of every payment modifier row: the one setting asked for, or both when it is unknown.</summary>
    private static List<LocationDmeposFee> DmeposFees(DmeposFact? dmepos, string state, bool? rural) =>
        dmepos is null ? [] : [.. dmepos.Rows.SelectMany(r => (rural is { } setting ? [setting] : new[] { false, true })
            .Select(setting => new LocationDmeposFee(r.Modifiers, r.FeeFor(state, setting))))];

    private static List<LocalityPfsAmount> AmountsIn(GpciLocality locality, List<PfsEntry> pfs) =>
        [.. pfs.Select(p => new LocalityPfsAmount(p.Modifier, p.Pricing.Localities.First(l => l.Locality == locality), p.Source))];
}
