using CodeBrief.Brief.Model;
using CodeBrief.Core.Provenance;
using CodeBrief.Dossier;
using CodeBrief.Dossier.Facts;

namespace CodeBrief.Brief;

public static partial class BriefBuilder
{
    /// <summary>What Medicare pays in the place the brief was asked for: nothing when it was asked for nationally.</summary>
    private static IEnumerable<BriefBlock> Location(CodeDossier d)
    {
        if (d.Location is not { } place) yield break;
        var sources = new[] { place.ZipSource, place.Locality?.Source }.OfType<Core.Provenance.SourceRef>().ToList();
        if (place.Locality is not { } locality)
        {
            yield return new BriefParagraph($"{place.Asked} ({place.State}) spans several Medicare payment localities: the ZIP file flags it as needing "
                + "its ZIP+4 extension, and the ZIP+4 file is not loaded. Ask again with --locality CARRIER-LOCALITY, one of the state's localities: "
                + string.Join("; ", place.Candidates.Select(c => $"{c.Mac}-{c.Locality} {c.Name}")) + ".", sources);
            yield break;
        }
        var rural = place.RuralIndicator switch { "R" => ", rural", "B" => ", super rural", _ => "" };
        yield return new BriefParagraph($"In {place.Asked}: Medicare payment locality {locality.Mac}-{locality.Locality} {locality.Name} ({place.State}{rural}).", sources);
        if (place.Pfs.Count == 0) yield return new BriefParagraph($"Physician Fee Schedule amount in this locality: {Na}");
        else
            yield return new BriefTable(["Modifier", "Non-facility", "Facility", "Source"], [.. place.Pfs.Select(p => (IReadOnlyList<BriefCell>)
            [
                BriefCell.Fact(p.Modifier.Length == 0 ? "none" : p.Modifier, p.Source),
                new BriefCell(Amount(p.Amount.NonFacility), [p.Source, locality.Source]),
                new BriefCell(Amount(p.Amount.Facility), [p.Source, locality.Source]),
                new BriefCell($"{p.Source}; {locality.Source}", [p.Source, locality.Source]),
            ])]);
        if (place.Anesthesia is { } anesthesia)
            yield return new BriefParagraph($"Anesthesia conversion factor in this locality: {anesthesia.ConversionFactor} per unit.", [anesthesia.Row.Source]);
        foreach (var block in DmeposAt(place)) yield return block;
    }

    /// <summary>The DMEPOS fee of the location's state, rural or not as the DMEPOS rural ZIP file says.</summary>
    private static IEnumerable<BriefBlock> DmeposAt(LocationFact place)
    {
        if (place.Dmepos.Count == 0) yield break;
        var setting = place.DmeposRural switch
        {
            true => $"rural: the DMEPOS rural ZIP file lists ZIP {place.Zip}",
            false => $"non-rural: the DMEPOS rural ZIP file does not list ZIP {place.Zip} as rural",
            null => "rural or not depends on the ZIP, so both fees are given",
        };
        yield return new BriefParagraph($"DMEPOS fee schedule in {place.State} ({setting}).",
            place.DmeposRuralSource is { } rural ? [rural] : []);
        yield return new BriefTable(["Modifier", "Setting", "Fee", "Source"], [.. place.Dmepos.Select(f => (IReadOnlyList<BriefCell>)
        [
            BriefCell.Fact(f.Modifiers.Length == 0 ? "none" : f.Modifiers, f.Fee.Source),
            BriefCell.Label(f.Fee.Rural ? "rural" : "non-rural"),
            BriefCell.Fact(f.Fee.Fee?.ToString() ?? f.Fee.Note ?? NotAvailable.Text, f.Fee.Source),
            BriefCell.SourceOf(f.Fee.Source),
        ])]);
    }
}
