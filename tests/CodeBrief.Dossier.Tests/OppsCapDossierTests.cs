using CodeBrief.Analytics.Medicare;
using CodeBrief.Core;
using CodeBrief.Ingest.Reference;
using CodeBrief.Testing;
using CodeBrief.Warehouse;
using CodeBrief.Warehouse.Sqlite;

namespace CodeBrief.Dossier.Tests;

/// <summary>A SQLite warehouse loaded with the mirror's RVU25D files (RVU, GPCI, OPPS cap, anesthesia factors) and the ZIP file
/// through the real loader.</summary>
public sealed class RvuWarehouse : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codebrief-oppscap-").FullName;

    public RvuWarehouse()
    {
        Warehouse = SqliteWarehouse.Open(Path.Combine(_folder, "warehouse.db"), WarehouseAccess.ReadWrite, Path.Combine(_folder, "reports"));
        foreach (var path in new[] { "PPRRVU2025_Oct.csv", "GPCI2025.csv", "OPPSCAP_Oct.csv", "ANES2025.csv" }.Select(f => SharedData.Path("medicare_pfs", f))
                     .Append(SharedData.Path("medicare_zip_locality", "ZIP5_OCT2025.txt")))
        {
            foreach (var format in ReferenceFormats.RecogniseAll(path))
                Warehouse.Writer.Load(format, path, new LoadOptions(), null, CancellationToken.None);
        }
    }

    /// <summary>The loaded warehouse.</summary>
    public SqliteWarehouse Warehouse { get; }

    public void Dispose()
    {
        Warehouse.Dispose();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

/// <summary>The dossier prices every code row the OPPS cap file names with the cap (PfsPaymentCalculator), over the whole real file.</summary>
public sealed class OppsCapDossierTests(RvuWarehouse db) : IClassFixture<RvuWarehouse>
{
    [Fact]
    public void Build_74261_TechnicalComponentIsCappedWithBothFiguresAndTheCapFileAmongTheSources()
    {
        var d = new DossierBuilder(db.Warehouse).Build("74261");

        var tc = d.Pfs.Single(p => p.Modifier == "TC").Pricing;
        tc.NonFacilityNational.Amount.ShouldBe(new Money(106.42m));
        tc.NonFacilityNational.OppsCap!.PfsAmount.ShouldBe(new Money(294.35m));
        (tc.NonFacilityRange!.Min, tc.NonFacilityRange.Max).ShouldBe((new Money(90.64m), new Money(152.43m)));
        (tc.OppsCap!.PfsNonFacilityRange!.Min, tc.OppsCap.PfsNonFacilityRange.Max).ShouldBe((new Money(250.71m), new Money(421.55m)));
        var sf = tc.Localities.Single(l => l.Locality.Mac == "01112" && l.Locality.Locality == "05");
        sf.NonFacility.Amount.ShouldBe(new Money(150.69m));
        d.Pfs.Single(p => p.Modifier == "26").Pricing.OppsCap.ShouldBeNull();
        d.Sources.Select(s => s.File).ShouldContain("OPPSCAP_Oct.csv");
    }

    [Fact]
    public void Build_EveryCodeInTheCapFile_NonFacilityRangeIsTheCappedRangeAndNationalTheLesser()
    {
        var caps = new List<(string Code, string Modifier)>();
        foreach (var line in File.ReadLines(SharedData.Path("medicare_pfs", "OPPSCAP_Oct.csv")).Skip(1))
        {
            var f = line.Split(',');
            if (f[0].Length > 0) caps.Add((f[0], f[1]));
        }
        var pairs = caps.Distinct().ToList();
        pairs.Count.ShouldBe(140);
        var builder = new DossierBuilder(db.Warehouse);
        var cappedPairs = 0;
        foreach (var code in pairs.Select(p => p.Code).Distinct())
        {
            var d = builder.Build(code);
            foreach (var entry in d.Pfs.Where(p => pairs.Contains((code, p.Modifier))))
            {
                var pricing = entry.Pricing;
                var summary = pricing.OppsCap.ShouldNotBeNull($"{code}-{entry.Modifier}");
                summary.CapRows.ShouldBe(115);
                summary.UnknownLocalities.Count.ShouldBe(6);
                if (PfsPaymentCalculator.National(entry.Row, facility: false).Amount is not { } pfs) continue;
                cappedPairs++;
                var opps = PfsPaymentCalculator.OppsNational(entry.Row, facility: false)!.Value;
                pricing.NonFacilityNational.Amount!.Value.Dollars.ShouldBe(Math.Min(pfs.Dollars, opps.Dollars), $"{code}-{entry.Modifier}");
                foreach (var l in pricing.Localities)
                    l.NonFacility.Amount!.Value.Dollars.ShouldBeLessThanOrEqualTo(l.NonFacility.OppsCap!.Cap.Dollars, $"{code}-{entry.Modifier} {l.Locality.Name}");
                pricing.NonFacilityRange!.Min.Dollars.ShouldBe(pricing.Localities.Min(l => Math.Min(l.NonFacility.OppsCap!.PfsAmount!.Value.Dollars, l.NonFacility.OppsCap.Cap.Dollars)));
                pricing.NonFacilityRange.Max.Dollars.ShouldBe(pricing.Localities.Max(l => Math.Min(l.NonFacility.OppsCap!.PfsAmount!.Value.Dollars, l.NonFacility.OppsCap.Cap.Dollars)));
            }
        }
        cappedPairs.ShouldBe(58);
    }
}
