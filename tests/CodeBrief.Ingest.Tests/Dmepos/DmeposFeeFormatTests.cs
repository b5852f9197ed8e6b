using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Dmepos;
using CodeBrief.Ingest.Tests.Support;

namespace CodeBrief.Ingest.Tests.Dmepos;

public sealed class DmeposFeeFormatTests
{
    private static readonly string[] States =
    [
        "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "IA", "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME",
        "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD",
        "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY", "AK", "HI", "PR", "VI",
    ];

    private static readonly string Header =
        "HCPCS,Mod,Mod2,JURIS,CATG,Ceiling,Floor," + string.Join(',', States.Select(s => $"{s} (NR),{s} (R)")) + ",Description";

    private readonly DmeposFeeFormat _format = new();

    /// <summary>A data line whose state i has non-rural fee 10+i and rural fee 0.</summary>
    private static string Line(string code = "E0601", string mod = "RR", string? fee0 = null) =>
        $"{code},{mod},,D,CR,0,0," + string.Join(',', States.Select((_, i) => $"{(i == 0 && fee0 is not null ? fee0 : (10 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))},0"))
        + ",\"Cont airway pressure device\"";

    [Fact]
    public void Read_January2026_E0601RentalIsCappedRentalAtCmsFees()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.DmeposJan26);

        rows.Count(r => r.Problem is not null).ShouldBe(0);
        rows.Count.ShouldBe(3515 * 53);
        var rental = RealFiles.Where(rows, r => r.Code == "E0601" && r.Modifier == "RR");
        rental.Count.ShouldBe(53);
        var ca = rental.Single(r => r.State == "CA");
        (ca.Category, ca.Jurisdiction, ca.Modifier2, ca.NonRuralFee, ca.RuralFee).ShouldBe(("CR", "D", "", 50.44m, 93.04m));
        rental.Single(r => r.State == "TX").NonRuralFee.ShouldBe(50.91m);
        ca.Description.ShouldBe("Cont airway pressure device");
        (ca.Source.Dataset, ca.Source.File, ca.Source.Version).ShouldBe(("dmepos", "DMEPOS26_JAN.csv", "DMEPOS26_JAN"));
        // Every state of one line cites that line.
        rental.Select(r => r.Source.Row).Distinct().ShouldHaveSingleItem().ShouldBeGreaterThan(1L);
    }

    [Fact]
    public void Read_April2025_E0601RentalInCaliforniaIs4912()
    {
        var ca = RealFiles.Where(RealFiles.ReadAll(_format, RealFiles.DmeposApr25), r => r.Code == "E0601" && r.Modifier == "RR" && r.State == "CA")
            .ShouldHaveSingleItem();

        (ca.NonRuralFee, ca.RuralFee, ca.Source.Version).ShouldBe((49.12m, 91.03m, "DMEPOS25_APR"));
    }

    [Fact]
    public void Read_RealFile_KeepsCeilingFloorAndSecondModifier()
    {
        var rows = RealFiles.ReadAll(_format, RealFiles.DmeposJan26);

        var saline = RealFiles.Where(rows, r => r.Code == "A4217" && r.Modifier == "" && r.State == "AL").ShouldHaveSingleItem();
        (saline.Category, saline.Jurisdiction, saline.Ceiling, saline.Floor, saline.NonRuralFee).ShouldBe(("SU", "J", 4.47m, 3.8m, 3.8m));
        RealFiles.Where(rows, r => r.Modifier2 == "KU").ShouldNotBeEmpty();
    }

    [Fact]
    public void Recognises_RealFiles_OnlyTheFeeSchedule()
    {
        RealFiles.ShouldRecogniseOnly(_format, RealFiles.DmeposJan26);
        _format.Recognises(RealFiles.DmeposApr25).ShouldBeTrue();
    }

    [Theory]
    [InlineData("DMEPOS26_JAN.csv", "DMEPOS26_JAN", 2026, 1)]
    [InlineData("DMEPOS25_APR25.csv", "DMEPOS25_APR", 2025, 4)]
    [InlineData("dmepos25_oct.csv", "DMEPOS25_OCT", 2025, 10)]
    public void ReadVersion_FileName_IsQuarterAndItsFirstDay(string name, string version, int year, int month)
    {
        using var file = TempFile.Lines(name, Header, Line());

        _format.ReadVersion(file.Path).ShouldBe(version);
        _format.ReadEffectiveDate(file.Path).ShouldBe(new DateOnly(year, month, 1));
    }

    [Fact]
    public void ReadVersion_NameWithoutQuarter_ThrowsNamingTheFile()
    {
        using var file = TempFile.Lines("TexasRural.csv", Header, Line());

        Should.Throw<InputFormatException>(() => _format.ReadVersion(file.Path)).File.ShouldBe("TexasRural.csv");
        _format.ReadEffectiveDate(file.Path).ShouldBeNull();
    }

    [Fact]
    public void Read_TitleRowsAboveHeader_AreSkipped()
    {
        using var file = TempFile.Lines("DMEPOS26_JAN.csv", "\"DMEPOS Fee Schedule, January 2026\"", "Note: fees in dollars", Header, Line());

        _format.Recognises(file.Path).ShouldBeTrue();
        var rows = RealFiles.ReadAll(_format, file.Path);
        rows.Count.ShouldBe(53);
        rows.ShouldAllBe(r => r.Row == 4);
        rows.Single(r => r.Value!.State == "VI").Value!.NonRuralFee.ShouldBe(62m);
    }

    [Fact]
    public void Read_MissingStateColumn_FailsTheFileAtTheHeader()
    {
        // Delaware's pair is gone: every later state's fees would sit under the wrong name.
        using var file = TempFile.Lines("DMEPOS26_JAN.csv", Header.Replace("DE (NR),DE (R),", "", StringComparison.Ordinal), Line());

        var problem = Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path));

        (problem.Kind, problem.File, problem.Location.Line).ShouldBe((InputErrorKind.BadHeader, "DMEPOS26_JAN.csv", 1L));
        problem.Message.ShouldContain("DE (NR)");
    }

    [Fact]
    public void Read_ShiftedStateColumns_FailTheFileAtTheHeader()
    {
        using var file = TempFile.Lines("DMEPOS26_JAN.csv", Header.Replace("CA (NR),CA (R)", "CA (R),CA (NR)", StringComparison.Ordinal), Line());

        var problem = Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path));

        (problem.Kind, problem.Location.Line).ShouldBe((InputErrorKind.BadHeader, 1L));
        problem.Message.ShouldContain("column 14");
    }

    [Fact]
    public void Read_FeeNotANumber_RejectsTheLineWithItsLineAndColumn()
    {
        using var file = TempFile.Lines("DMEPOS26_JAN.csv", Header, Line("E0601", "NU"), Line("E0601", "RR", fee0: "$50.44"));

        var rows = RealFiles.ReadAll(_format, file.Path);

        rows.Count(r => r.Problem is null).ShouldBe(53);
        var problem = rows.Single(r => r.Problem is not null).Problem!;
        (problem.Kind, problem.File, problem.Location.Line, problem.Location.ColumnStart).ShouldBe((InputErrorKind.MalformedValue, "DMEPOS26_JAN.csv", 3L, 20));
    }

    [Fact]
    public void Read_NoHeader_ThrowsBadHeader()
    {
        using var file = TempFile.Lines("DMEPOS26_JAN.csv", Line());

        Should.Throw<InputFormatException>(() => RealFiles.ReadAll(_format, file.Path)).Kind.ShouldBe(InputErrorKind.BadHeader);
    }
}
