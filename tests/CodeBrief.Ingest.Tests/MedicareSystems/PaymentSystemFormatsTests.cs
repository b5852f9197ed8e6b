using CodeBrief.Core.Errors;
using CodeBrief.Ingest.AnesthesiaBaseUnits;
using CodeBrief.Ingest.AscAddenda;
using CodeBrief.Ingest.AspPricing;
using CodeBrief.Ingest.OppsAddendumB;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tests.Support;

namespace CodeBrief.Ingest.Tests.MedicareSystems;

/// <summary>The readers of issue 12, on fixtures in CMS's published layouts (figures are fixture values, see the fixtures' README).</summary>
public sealed class PaymentSystemFormatsTests
{
    private static string File(string name) => Fixture.Path(System.IO.Path.Combine("MedicareSystems", name));

    private static List<TRow> Good<TRow>(IReferenceFormat<TRow> format, string path) where TRow : class
    {
        var rows = format.Read(path, CancellationToken.None).ToList();
        rows.ShouldAllBe(r => r.Problem == null);
        return [.. rows.Select(r => r.Value!)];
    }

    [Fact]
    public void AnesthesiaBaseUnits_Fixture_ReadsCodesAndUnitsWithRows()
    {
        var format = new AnesthesiaBaseUnitsFormat();
        var path = File("2025-anesthesia-base-units-cpt-code.csv");

        format.Recognises(path).ShouldBeTrue();
        format.ReadVersion(path).ShouldBe("2025");
        var rows = Good(format, path);
        rows.Select(r => r.Code).ShouldBe(["00100", "00102", "00103", "00120", "00124"]);
        var row = rows.Single(r => r.Code == "00120");
        (row.BaseUnits, row.Source.Row, row.Source.Dataset).ShouldBe((5m, 7L, "anes-base-units"));
    }

    [Fact]
    public void AnesthesiaBaseUnits_CodeOutsideTheAnesthesiaRange_IsAFileErrorNamingFileAndLine()
    {
        using var file = TempFile.Lines("2025-anesthesia-base-units.csv", "CY 2025 Anesthesia Base Units by CPT Code,", ",", "CPT Code,Base Unit Value",
            "00100,5", "99213,3", "00120,5");

        var ex = Should.Throw<InputFormatException>(() => new AnesthesiaBaseUnitsFormat().Read(file.Path, CancellationToken.None).ToList());

        ex.Message.ShouldContain("2025-anesthesia-base-units.csv");
        ex.Message.ShouldContain("anesthesia code (00100 to 01999)");
        ex.Message.ShouldContain("\"99213\"");
        ex.Location.Line.ShouldBe(5);
    }

    [Fact]
    public void AnesthesiaBaseUnits_CodesWithoutLeadingZerosAndAWorkbook_AreRead()
    {
        using var folder = new ScratchFolder();
        var path = TestWorkbook.Write(System.IO.Path.Combine(folder.Folder, "2025-anesthesia-base-units.xlsx"), "Sheet1",
            [["CY 2025 Anesthesia Base Units by CPT Code", null], [null, null], ["CPT Code", "Base Unit Value"], ["100", "5"], ["120", "5"]]);

        var rows = Good(new AnesthesiaBaseUnitsFormat(), path);

        rows.Select(r => (r.Code, r.BaseUnits, r.Source.Row)).ShouldBe([("00100", 5m, 4L), ("00120", 5m, 5L)]);
    }

    [Fact]
    public void OppsAddendumB_Fixture_ReadsIndicatorsAndAmountsSkippingTitlesAndNotes()
    {
        var format = new OppsAddendumBFormat();
        var path = File("January 2025 Addendum B.csv");

        format.Recognises(path).ShouldBeTrue();
        format.ReadVersion(path).ShouldBe("2025-01");
        format.ReadEffectiveDate(path).ShouldBe(new DateOnly(2025, 1, 1));
        var rows = Good(format, path);
        rows.Select(r => r.Code).ShouldBe(["0689T", "70450", "G0103", "J1100", "J9271"]);
        var ct = rows.Single(r => r.Code == "70450");
        (ct.StatusIndicator, ct.Apc, ct.RelativeWeight, ct.PaymentRate, ct.NationalCopayment, ct.MinimumCopayment, ct.Source.Row)
            .ShouldBe(("S", "5522", 1.3102m, 118.95m, (decimal?)null, 23.79m, 7L));
        rows.Single(r => r.Code == "J1100").ShouldSatisfyAllConditions(r => r.StatusIndicator.ShouldBe("N"), r => r.PaymentRate.ShouldBeNull());
    }

    [Fact]
    public void OppsAddendumB_RenamedColumn_IsAFileErrorNamingFileLineAndColumn()
    {
        using var file = TempFile.Lines("January 2025 Addendum B.csv", "\"Addendum B\",,,,,,,", ",,,,,,,",
            "HCPCS Code,Short Descriptor,SI,APC,Relative Weight,Pay Rate,National Unadjusted Copayment,Minimum Unadjusted Copayment",
            "J9271,Inj pembrolizumab,K,9476,0.5788,$52.55,,$10.51");
        var format = new OppsAddendumBFormat();

        format.Recognises(file.Path).ShouldBeTrue();
        var ex = Should.Throw<InputFormatException>(() => format.Read(file.Path, CancellationToken.None).ToList());

        ex.Kind.ShouldBe(InputErrorKind.BadHeader);
        ex.Message.ShouldContain("January 2025 Addendum B.csv");
        ex.Message.ShouldContain("no \"Payment Rate\" column");
        ex.Location.Line.ShouldBe(3);
    }

    [Fact]
    public void AscAddenda_Fixtures_TellAaFromBbAndReadQuarterPrefixedColumns()
    {
        var format = new AscAddendaFormat();
        var aa = File("January 2025 ASC Addendum AA.csv");
        var bb = File("January 2025 ASC Addendum BB.csv");

        format.Recognises(aa).ShouldBeTrue();
        format.Recognises(bb).ShouldBeTrue();
        new OppsAddendumBFormat().Recognises(aa).ShouldBeFalse();
        format.ReadVersion(aa).ShouldBe("2025-01");
        format.ReadVersion(bb).ShouldBe("2025-01");
        var aaRows = Good(format, aa);
        aaRows.ShouldAllBe(r => r.Addendum == "AA");
        aaRows.Single(r => r.Code == "G0105").ShouldSatisfyAllConditions(
            r => (r.MultipleProcedureDiscount, r.PaymentIndicator, r.PaymentWeight, r.PaymentRate, r.Source.Row).ShouldBe(("Y", "A2", 8.3014m, 456.19m, 6L)));
        aaRows.Single(r => r.Code == "0689T").ShouldSatisfyAllConditions(r => r.PaymentIndicator.ShouldBe("N1"), r => r.PaymentRate.ShouldBeNull());
        var bbRows = Good(format, bb);
        bbRows.Select(r => (r.Code, r.Addendum, r.MultipleProcedureDiscount, r.PaymentIndicator, r.PaymentRate))
            .ShouldBe([("70450", "BB", (string?)null, "Z2", (decimal?)67.52m), ("J9271", "BB", null, "K2", 52.55m)]);
    }

    [Fact]
    public void AspPricing_Fixture_ReadsDosageAndLimitKeepingLevelIIDescriptors()
    {
        var format = new AspPricingFormat();
        var path = File("Jan 2025 ASP Pricing File.csv");

        format.Recognises(path).ShouldBeTrue();
        format.ReadVersion(path).ShouldBe("2025-01");
        var row = Good(format, path).Single(r => r.Code == "J9271");
        (row.ShortDescription, row.Dosage, row.PaymentLimit, row.Source.Row).ShouldBe(("Inj pembrolizumab", "1 MG", 52.504m, 8L));
    }

    [Fact]
    public void AspPricing_RenamedColumn_IsAFileErrorNamingFileAndLine()
    {
        using var file = TempFile.Lines("Jan 2025 ASP Pricing File.csv", "\"January 2025 ASP Pricing File\",,,", ",,,",
            "HCPCS Code,Short Description,HCPCS Code Dosage,Payment Limit (USD)", "J9271,Inj pembrolizumab,1 MG,52.504");

        var ex = Should.Throw<InputFormatException>(() => new AspPricingFormat().Read(file.Path, CancellationToken.None).ToList());

        ex.Message.ShouldContain("Jan 2025 ASP Pricing File.csv");
        ex.Message.ShouldContain("no \"Payment Limit\" column");
        ex.Location.Line.ShouldBe(3);
    }

    [Fact]
    public void Formats_AreRegisteredAndRecogniseOnlyTheirOwnFixture()
    {
        foreach (var (name, dataset) in new[]
        {
            ("2025-anesthesia-base-units-cpt-code.csv", "anes-base-units"), ("January 2025 Addendum B.csv", "opps-addb"),
            ("January 2025 ASC Addendum AA.csv", "asc"), ("January 2025 ASC Addendum BB.csv", "asc"), ("Jan 2025 ASP Pricing File.csv", "asp"),
        })
            ReferenceFormats.RecogniseAll(File(name)).Select(f => f.Dataset).ShouldBe([dataset], name);
    }
}
