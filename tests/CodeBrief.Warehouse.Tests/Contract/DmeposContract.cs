using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Dmepos;
using CodeBrief.Ingest.Reference;
using CodeBrief.Testing;
using CodeBrief.Warehouse.Relational;

namespace CodeBrief.Warehouse.Tests;

/// <summary>
/// The DMEPOS fee schedule and rural ZIP tables on every engine: loading the mirror's two quarters and the rural ZIP file,
/// the queries of <see cref="IReferenceStore"/> over them, refusing a bad file, and the schema step that adds the tables.
/// </summary>
public abstract class DmeposContract<TStore> : IDisposable where TStore : StoreUnderTest, new()
{
    private readonly TStore _db = new();

    public void Dispose()
    {
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    private void LoadMirror()
    {
        using var writer = _db.Open();
        // Older quarter first: until versions are ordered by their effective date, the last file loaded is current.
        foreach (var path in new[]
                 {
                     SharedData.Path("dmepos", "DMEPOS25_APR25.csv"), SharedData.Path("dmepos", "DMEPOS26_JAN.csv"),
                     SharedData.Path("dmepos", "DME Rural ZIP Code Quarter 1 2026.csv"),
                 })
            writer.Writer.Load(ReferenceFormats.RecogniseAll(path).ShouldHaveSingleItem(), path, new LoadOptions(), null, CancellationToken.None);
    }

    [Fact]
    public void Dmepos_E0601_NewerQuarterRentalRowPerStateWithItsLine()
    {
        LoadMirror();
        using var warehouse = _db.Open(WarehouseAccess.ReadOnly);

        var rows = warehouse.Reference.Dmepos("E0601");

        rows.Count.ShouldBe(53); // E0601 has one line, RR, in both quarters
        rows.Select(r => r.State).ShouldBe(rows.Select(r => r.State).Order(StringComparer.Ordinal));
        var ca = rows.Single(r => r.State == "CA");
        (ca.Modifier, ca.Modifier2, ca.Category, ca.Jurisdiction, ca.NonRuralFee, ca.RuralFee, ca.Ceiling, ca.Floor)
            .ShouldBe(("RR", "", "CR", "D", 50.44m, 93.04m, 0m, 0m));
        ca.Description.ShouldBe("Cont airway pressure device");
        ca.Source.ShouldBe(new SourceRef("dmepos", "DMEPOS26_JAN.csv", "DMEPOS26_JAN", 750));
        rows.Single(r => r.State == "TX").NonRuralFee.ShouldBe(50.91m);
        warehouse.Reference.Dmepos("99213").ShouldBeEmpty();
    }

    [Fact]
    public void Dmepos_CodeWithSeveralLines_ByModifierThenStateThenLine()
    {
        LoadMirror();
        using var warehouse = _db.Open(WarehouseAccess.ReadOnly);

        var rows = warehouse.Reference.Dmepos("E0143");

        rows.Select(r => r.Modifier).Distinct().ShouldBe(["NU", "RR", "UE"]);
        rows.Count.ShouldBe(3 * 53);
        rows.Select(r => (r.Modifier, r.State)).ShouldBe(rows.Select(r => (r.Modifier, r.State))
            .OrderBy(k => k.Modifier, StringComparer.Ordinal).ThenBy(k => k.State, StringComparer.Ordinal));
        rows.Single(r => r.Modifier == "RR" && r.State == "CA").Source.Row.ShouldBe(521);
        warehouse.Reference.Dmepos("A4217").Select(r => r.Modifier).Distinct().ShouldBe(["", "AU"]); // the row without a modifier first
    }

    [Fact]
    public void DmeposRuralZip_PaddedZipWithItsLine()
    {
        LoadMirror();
        using var warehouse = _db.Open(WarehouseAccess.ReadOnly);

        var zip = warehouse.Reference.DmeposRuralZip("01223").ShouldNotBeNull();

        (zip.State, zip.Zip, zip.Location, zip.IsRural).ShouldBe(("MA", "01223", "RURAL", true));
        zip.Source.ShouldBe(new SourceRef("dmepos-rural-zip", "DME Rural ZIP Code Quarter 1 2026.csv", "2026Q1", 2));
        warehouse.Reference.DmeposRuralZip("1223").ShouldBeNull();
        var sf = warehouse.Reference.DmeposRuralZip("94105").ShouldNotBeNull(); // listed under its former competitive bidding area
        (sf.Location, sf.IsRural, sf.Source.Row).ShouldBe(("San Francisco  CA CBA", false, 17918L));
        warehouse.Reference.DmeposRuralZip("00000").ShouldBeNull();
    }

    [Fact]
    public void Dmepos_NothingLoaded_IsEmpty()
    {
        using (_db.Open()) { }
        using var warehouse = _db.Open(WarehouseAccess.ReadOnly);

        warehouse.Reference.Dmepos("E0601").ShouldBeEmpty();
        warehouse.Reference.DmeposRuralZip("01223").ShouldBeNull();
    }

    [Fact]
    public void Load_FeeNotANumber_IsRefusedNamingTheLineAndLoadsNothing()
    {
        var lines = File.ReadLines(SharedData.Path("dmepos", "DMEPOS26_JAN.csv")).Take(200).ToList();
        lines[150] = lines[150].Replace(",0,", ",n/a,", StringComparison.Ordinal);
        Directory.CreateDirectory(_db.Files);
        var path = Path.Combine(_db.Files, "DMEPOS26_JAN.csv");
        File.WriteAllLines(path, lines);
        using var writer = _db.Open();

        var error = Should.Throw<Core.Errors.LoadRefusedException>(() =>
            writer.Writer.Load(new DmeposFeeFormat(), path, new LoadOptions(), null, CancellationToken.None));

        error.Message.ShouldContain("DMEPOS26_JAN.csv");
        error.Message.ShouldContain("151");
        _db.Sources().ShouldBeEmpty();
        _db.Long("SELECT COUNT(*) FROM dmepos_fee").ShouldBe(0);
    }

    [Fact]
    public void Open_SchemaVersion2Store_AddsTheDmeposTablesAndKeepsItsDataVersion()
    {
        using (_db.Open()) { }
        _db.Execute("DROP TABLE dmepos_fee");
        _db.Execute("DROP TABLE dmepos_rural_zip");
        _db.Execute("UPDATE warehouse_info SET schema_version = 2, data_version = 7");

        using (_db.Open()) { }

        _db.Long("SELECT schema_version FROM warehouse_info").ShouldBe(WarehouseSchema.Current);
        _db.Long("SELECT data_version FROM warehouse_info").ShouldBe(7);
        _db.Long("SELECT COUNT(*) FROM dmepos_fee").ShouldBe(0);
        _db.Long("SELECT COUNT(*) FROM dmepos_rural_zip").ShouldBe(0);
    }
}
