using CodeBrief.Testing;

namespace CodeBrief.Dossier.Tests;

public sealed class MedicareAmountsTests : IDisposable
{
    private readonly FixtureWarehouse _db = FixtureWarehouse.Open();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void MedicareAmounts_86320_ClfsLimitForGlobalAndPfs26Row()
    {
        var amounts = new DossierBuilder(_db.Warehouse).MedicareAmounts("86320");
        amounts.Select(a => a.ModifierGroup).ShouldBe(["global", "26"]);
        (amounts[0].NonFacility, amounts[0].Facility).ShouldBe((29.92m, 29.92m)); // CLFS national limit, one amount for both settings
        amounts[0].Source.ShouldStartWith("CLFS national limitation amount, CLFS 2025 Q2V1.csv");
        amounts[1].NonFacility.ShouldBe(17.14m);
        amounts[1].Source.ShouldEndWith("row 10458");
    }

    [Fact]
    public void MedicareAmounts_70450_PfsGlobal26AndTcBySetting()
    {
        var amounts = new DossierBuilder(_db.Warehouse).MedicareAmounts("70450");
        amounts.Select(a => a.ModifierGroup).ShouldBe(["global", "26", "TC"]);
        amounts.ShouldAllBe(a => a.Source.StartsWith("PFS national amount, PPRRVU2025_Oct.csv", StringComparison.Ordinal));
        amounts[1].Facility.ShouldNotBeNull();
    }

    [Fact]
    public void Build_NoRatesLoaded_PayersEmptyAndBenchmarksEmpty()
    {
        var builder = new DossierBuilder(_db.Warehouse);
        builder.Build("86320").Payers.ShouldBeEmpty();
        builder.Benchmarks("86320").ShouldBeEmpty();
    }
}
