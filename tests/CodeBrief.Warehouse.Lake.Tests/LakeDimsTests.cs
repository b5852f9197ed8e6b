using CodeBrief.Ingest.Tic;

namespace CodeBrief.Warehouse.Lake.Tests;

/// <summary>Price terms are numbered once while remembered, each new number handed on to be written; memory stays bounded when terms vary price by price.</summary>
public sealed class LakeDimsTests
{
    private static TicPrice Price(string modifiers, string expiration) =>
        new("negotiated", 10m, expiration, "professional", null, "11", modifiers, null);

    [Fact]
    public void SameTerms_SameId_NewTermsWrittenOnce_PastTheBoundANewIdAndRow()
    {
        var written = new List<(int Id, string Modifiers)>();
        var dims = new LakeDims((id, _, price, _) => written.Add((id, price.Modifiers)));
        var cpt = new ItemTerms("CPT", "2025", TicArrangement.FeeForService);
        dims.IdOf(cpt, Price("26", "2026-12-31")).ShouldBe(0);
        dims.IdOf(cpt, Price("26", "2026-12-31")).ShouldBe(0);
        dims.IdOf(cpt, Price("TC", "2026-12-31")).ShouldBe(1);
        dims.IdOf(new ItemTerms("HCPCS", "2025", TicArrangement.FeeForService), Price("26", "2026-12-31")).ShouldBe(2);
        dims.IdOf(cpt, Price("26", "2026-12-31")).ShouldBe(0); // remembered, not only the last one
        written.Count.ShouldBe(3);
        for (var i = 0; i < LakeDims.Remembered; i++) dims.IdOf(cpt, Price("26", $"X{i}"));
        written.Select(w => w.Id).ShouldBeUnique();
        var again = dims.IdOf(cpt, Price("TC", "2026-12-31"));
        again.ShouldBe(written.Count - 1); // forgotten: numbered again, and its row written again
        written[^1].Modifiers.ShouldBe("TC");
    }
}
