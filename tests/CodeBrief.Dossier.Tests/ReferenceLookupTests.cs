using CodeBrief.Core.Codes;
using CodeBrief.Dossier.Reference;
using CodeBrief.Testing;

namespace CodeBrief.Dossier.Tests;

public sealed class ReferenceLookupTests : IDisposable
{
    private readonly FixtureWarehouse _db = FixtureWarehouse.Open();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Taxonomy_207L00000X_NuccEntry()
    {
        TaxonomyCode.TryParse("207L00000X", out var code).ShouldBeTrue();
        var e = new ReferenceLookup(_db.Warehouse.Reference).Taxonomy(code)!;
        e.Classification.ShouldBe("Anesthesiology");
        e.Source.Row.ShouldBe(7);
    }

    [Fact]
    public void Icd_D472_BillableEntry()
    {
        IcdCode.TryParse("D47.2", out var code).ShouldBeTrue();
        var e = new ReferenceLookup(_db.Warehouse.Reference).Icd(code)!;
        e.Description.ShouldBe("Monoclonal gammopathy");
        e.Billable.ShouldBeTrue();
    }

    [Fact]
    public void Modifier_26_PfsRowsButNoOfficialText()
    {
        ModifierCode.TryParse("26", out var code).ShouldBeTrue();
        var e = new ReferenceLookup(_db.Warehouse.Reference).Modifier(code)!;
        e.LongDescription.ShouldBeNull();
        e.PfsRows.ShouldBe(6); // 0689T, 0690T, 70450, 86320, 86325, 86334
    }

    [Fact]
    public void Modifier_Unknown_Null()
    {
        ModifierCode.TryParse("ZZ", out var code).ShouldBeTrue();
        new ReferenceLookup(_db.Warehouse.Reference).Modifier(code).ShouldBeNull();
    }
}
