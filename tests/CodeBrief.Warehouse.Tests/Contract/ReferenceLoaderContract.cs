using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;

namespace CodeBrief.Warehouse.Tests;

/// <summary>The loader's contract (<see cref="IReferenceWriter"/>), run against every engine.</summary>
public abstract class ReferenceLoaderContract<TStore> : IDisposable where TStore : StoreUnderTest, new()
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);
    private readonly TStore _db = new();
    private readonly FixedTime _time = new(T0);
    private readonly IWarehouse _warehouse;
    private readonly IReferenceWriter _loader;
    private readonly FakeFormat _format = new();

    protected ReferenceLoaderContract()
    {
        _warehouse = _db.Open(WarehouseAccess.ReadWrite, _time);
        _loader = _warehouse.Writer;
    }

    public void Dispose()
    {
        _warehouse.Dispose();
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    private string Home => _db.Home;

    private LoadResult Load(string path, bool strict = false) => Load(path, new LoadOptions(strict));

    private LoadResult Load(string path, LoadOptions options) => _loader.Load(_format, path, options, null, CancellationToken.None);

    private static readonly LoadOptions Shrinking = new(AcceptShrink: true);

    [Fact]
    public void Load_NewFile_StoresEveryRowWithSourceAndLine()
    {
        var path = FakeFormat.Write(_db.Files, "tax_1.csv", "25.1", FakeFormat.Rows(3));

        var result = Load(path);

        result.Outcome.ShouldBe(LoadOutcome.Loaded);
        result.Source.RowsLoaded.ShouldBe(3);
        result.Source.Version.ShouldBe("25.1");
        result.Source.FileName.ShouldBe("tax_1.csv");
        result.Source.Status.ShouldBe(SourceRecord.Current);
        result.Source.Sha256.ShouldBe(CodeBrief.Sources.FileHash.Sha256(path));
        _db.NuccRows().ShouldBe([("C0001", "G1", result.Source.Id, 2L), ("C0002", "G2", result.Source.Id, 3L), ("C0003", "G3", result.Source.Id, 4L)]);
        var stored = _db.Sources().ShouldHaveSingleItem();
        stored.ShouldBe(result.Source);
        _warehouse.Sources.All().ShouldHaveSingleItem().ShouldBe(result.Source);
        stored.LoadedAt.ShouldBe(T0);
        stored.Publisher.ShouldBe("Test publisher");
    }

    [Fact]
    public void Load_SameFileTwice_SecondIsUnchangedNoOp()
    {
        var path = FakeFormat.Write(_db.Files, "tax_1.csv", "25.1", FakeFormat.Rows(5));
        var first = Load(path);
        _time.Now = T0.AddHours(1);

        var second = Load(path);

        second.Outcome.ShouldBe(LoadOutcome.Unchanged);
        second.Source.ShouldBe(first.Source);
        _db.NuccRows().Count.ShouldBe(5);
        _db.Sources().ShouldHaveSingleItem().LoadedAt.ShouldBe(T0);
    }

    [Fact]
    public void Load_NewVersion_KeepsTheOldFileAsThePreviousVersion()
    {
        var old = Load(FakeFormat.Write(_db.Files, "tax_1.csv", "25.0", FakeFormat.Rows(4)));
        _time.Now = T0.AddDays(1);

        var next = Load(FakeFormat.Write(_db.Files, "tax_2.csv", "25.1", FakeFormat.Rows(2, first: 100)), Shrinking);

        next.Outcome.ShouldBe(LoadOutcome.Loaded);
        next.Superseded.ShouldHaveSingleItem().ShouldBe(old.Source with { Status = SourceRecord.Previous });
        _db.NuccCodesOf(SourceRecord.Current).ShouldBe(["C0100", "C0101"]);
        _db.NuccCodesOf(SourceRecord.Previous).ShouldBe(["C0001", "C0002", "C0003", "C0004"]);
        var sources = _db.Sources();
        sources.Count.ShouldBe(2);
        sources[0].ShouldBe(old.Source with { Status = SourceRecord.Previous });
        sources[1].Status.ShouldBe(SourceRecord.Current);
        sources[1].LoadedAt.ShouldBe(T0.AddDays(1));
    }

    [Fact]
    public void Load_NewVersion_ReadsKeepTheVersionsApart()
    {
        Load(FakeFormat.Write(_db.Files, "tax_1.csv", "25.0", "C0001,Old", "C0002,Gone"));

        Load(FakeFormat.Write(_db.Files, "tax_2.csv", "25.1", "C0001,New", "C0003,Added"), Shrinking);

        _warehouse.Reference.Taxonomy("C0001").ShouldNotBeNull().Grouping.ShouldBe("New");
        _warehouse.Reference.Taxonomy("C0002").ShouldBeNull();
        _warehouse.PreviousReference.Taxonomy("C0001").ShouldNotBeNull().Grouping.ShouldBe("Old");
        _warehouse.PreviousReference.Taxonomy("C0001")!.Source.File.ShouldBe("tax_1.csv");
        _warehouse.PreviousReference.Taxonomy("C0003").ShouldBeNull();
        _warehouse.PreviousReference.TaxonomiesOfClassification("").ShouldBeEmpty();
    }

    [Fact]
    public void Load_ThirdVersion_SupersedesTheFirstAndDeletesItsRows()
    {
        var v1 = Load(FakeFormat.Write(_db.Files, "tax_1.csv", "1", FakeFormat.Rows(3)));
        var v2 = Load(FakeFormat.Write(_db.Files, "tax_2.csv", "2", FakeFormat.Rows(3, first: 10)), Shrinking);

        var v3 = Load(FakeFormat.Write(_db.Files, "tax_3.csv", "3", FakeFormat.Rows(3, first: 20)), Shrinking);

        v3.Superseded.ShouldBe([v1.Source with { Status = SourceRecord.Superseded }, v2.Source with { Status = SourceRecord.Previous }]);
        _db.NuccRows().Select(r => r.SourceId).Distinct().ShouldBe([v2.Source.Id, v3.Source.Id]);
        _db.NuccCodesOf(SourceRecord.Previous).ShouldBe(["C0010", "C0011", "C0012"]);
    }

    [Fact]
    public void Load_OlderFileByEffectiveDate_BecomesThePreviousVersionAndTheNewerStaysCurrent()
    {
        var newer = Load(FakeFormat.Write(_db.Files, "DME26_JAN.csv", "2026 January effective 2026-01-01", "C0001,50.44"));

        var older = Load(FakeFormat.Write(_db.Files, "DME25_APR.csv", "2025 April effective 2025-04-01", "C0001,49.12"));

        older.Outcome.ShouldBe(LoadOutcome.Previous);
        older.Source.Status.ShouldBe(SourceRecord.Previous);
        older.Source.EffectiveDate.ShouldBe(new DateOnly(2025, 4, 1));
        older.Superseded.ShouldBeEmpty();
        _warehouse.Reference.Taxonomy("C0001").ShouldNotBeNull().Grouping.ShouldBe("50.44");
        _warehouse.PreviousReference.Taxonomy("C0001").ShouldNotBeNull().Grouping.ShouldBe("49.12");
        _warehouse.Sources.All().Select(s => (s.Id, s.Status)).ShouldBe([(newer.Source.Id, SourceRecord.Current), (older.Source.Id, SourceRecord.Previous)]);
    }

    [Fact]
    public void Load_FileOlderThanThePreviousVersion_IsRecordedWithoutRows()
    {
        Load(FakeFormat.Write(_db.Files, "q3.csv", "Q3 effective 2025-07-01", "C0003,3"));
        var q2 = Load(FakeFormat.Write(_db.Files, "q2.csv", "Q2 effective 2025-04-01", "C0002,2"));

        var q1 = Load(FakeFormat.Write(_db.Files, "q1.csv", "Q1 effective 2025-01-01", "C0001,1"));

        q1.Outcome.ShouldBe(LoadOutcome.Outdated);
        q1.Source.Status.ShouldBe(SourceRecord.Superseded);
        _db.NuccCodesOf(SourceRecord.Previous).ShouldBe(["C0002"]);
        _db.NuccRows().ShouldNotContain(r => r.SourceId == q1.Source.Id);
        _db.Sources().Single(s => s.Id == q2.Source.Id).Status.ShouldBe(SourceRecord.Previous);
    }

    [Fact]
    public void Load_ThePreviousVersionAgainWhenDatesOrderThem_IsUnchanged()
    {
        Load(FakeFormat.Write(_db.Files, "q2.csv", "Q2 effective 2025-04-01", "C0002,2"));
        var q1Path = FakeFormat.Write(_db.Files, "q1.csv", "Q1 effective 2025-01-01", "C0001,1");
        var q1 = Load(q1Path);

        var again = Load(q1Path);

        again.Outcome.ShouldBe(LoadOutcome.Unchanged);
        again.Source.ShouldBe(q1.Source);
        _db.NuccCodesOf(SourceRecord.Previous).ShouldBe(["C0001"]);
    }

    [Fact]
    public void Load_NewerFileByEffectiveDateAfterAnOlderOne_BecomesCurrent()
    {
        var q1 = Load(FakeFormat.Write(_db.Files, "q1.csv", "Q1 effective 2025-01-01", "C0001,1"));

        var q2 = Load(FakeFormat.Write(_db.Files, "q2.csv", "Q2 effective 2025-04-01", "C0001,2"));

        q2.Outcome.ShouldBe(LoadOutcome.Loaded);
        q2.Superseded.ShouldHaveSingleItem().ShouldBe(q1.Source with { Status = SourceRecord.Previous });
        _warehouse.Reference.Taxonomy("C0001")!.Grouping.ShouldBe("2");
    }

    [Fact]
    public void Load_ReaderThrowsMidFile_RollsBackAndKeepsPreviousVersion()
    {
        var old = Load(FakeFormat.Write(_db.Files, "tax_1.csv", "25.0", FakeFormat.Rows(4)));
        var broken = FakeFormat.Write(_db.Files, "tax_2.csv", "25.1", [.. FakeFormat.Rows(3, first: 50), "THROW", .. FakeFormat.Rows(3, first: 60)]);

        var error = Should.Throw<InputFormatException>(() => Load(broken));

        error.Kind.ShouldBe(InputErrorKind.Truncated);
        error.Location.Line.ShouldBe(5);
        _db.Sources().ShouldHaveSingleItem().ShouldBe(old.Source);
        _db.NuccRows().Select(r => r.Code).ShouldBe(["C0001", "C0002", "C0003", "C0004"]);
        _db.NuccRows().ShouldAllBe(r => r.SourceId == old.Source.Id);
    }

    [Fact]
    public void Load_StrictWithRejectedRow_ThrowsThatRowAndKeepsPreviousVersion()
    {
        var old = Load(FakeFormat.Write(_db.Files, "tax_1.csv", "25.0", FakeFormat.Rows(2)));
        var path = FakeFormat.Write(_db.Files, "tax_2.csv", "25.1", [.. FakeFormat.Rows(2, first: 10), "BAD", .. FakeFormat.Rows(2, first: 20)]);

        var error = Should.Throw<InputFormatException>(() => Load(path, strict: true));

        error.Kind.ShouldBe(InputErrorKind.MalformedValue);
        error.Location.Line.ShouldBe(4);
        error.File.ShouldBe("tax_2.csv");
        _db.Sources().ShouldHaveSingleItem().ShouldBe(old.Source);
        _db.NuccRows().Select(r => r.Code).ShouldBe(["C0001", "C0002"]);
        Directory.Exists(Path.Combine(Home, "reports")).ShouldBeFalse();
    }

    [Fact]
    public void Load_DefaultWithRejectedRows_LoadsGoodRowsAndWritesRejectReport()
    {
        var path = FakeFormat.Write(_db.Files, "tax_1.csv", "25.1", [.. FakeFormat.Rows(2), "BAD", .. FakeFormat.Rows(1, first: 7), "BAD"]);

        var result = Load(path, new LoadOptions(AcceptRejects: true));

        result.Source.RowsLoaded.ShouldBe(3);
        result.Source.RowsRejected.ShouldBe(2);
        _db.Sources().ShouldHaveSingleItem().RowsRejected.ShouldBe(2);
        var sha8 = result.Source.Sha256[..8];
        result.RejectReport.ShouldBe(Path.Combine(Home, "reports", $"rejects-nucc-{sha8}.csv"));
        var lines = File.ReadAllLines(result.RejectReport!); // asserted non-null on the line above
        lines[0].ShouldBe("row,kind,message");
        lines.Length.ShouldBe(3);
        lines[1].ShouldStartWith("4,MalformedValue,\"tax_1.csv: expected a taxonomy code, \"\"quoted\"\"");
        lines[1].ShouldContain("line 4, columns 1-3");
        lines[2].ShouldStartWith("6,MalformedValue,");
        Directory.GetFiles(Path.Combine(Home, "reports")).ShouldHaveSingleItem();
        Load(path, new LoadOptions(AcceptRejects: true)).RejectReport.ShouldBe(result.RejectReport);
    }

    [Fact]
    public void Load_EveryRowRejected_ThrowsAndKeepsPreviousVersion()
    {
        var old = Load(FakeFormat.Write(_db.Files, "tax_1.csv", "25.0", FakeFormat.Rows(2)));
        var path = FakeFormat.Write(_db.Files, "tax_2.csv", "25.1", "BAD", "BAD");

        var error = Should.Throw<InputFormatException>(() => Load(path));

        error.Kind.ShouldBe(InputErrorKind.MalformedValue);
        error.Location.Line.ShouldBe(2);
        _db.Sources().ShouldHaveSingleItem().ShouldBe(old.Source);
        _db.NuccRows().Count.ShouldBe(2);
    }

    [Fact]
    public void Load_FileWithoutRows_ThrowsTruncatedAndKeepsPreviousVersion()
    {
        Load(FakeFormat.Write(_db.Files, "tax_1.csv", "25.0", FakeFormat.Rows(2)));

        var error = Should.Throw<InputFormatException>(() => Load(FakeFormat.Write(_db.Files, "tax_2.csv", "25.1")));

        error.Kind.ShouldBe(InputErrorKind.Truncated);
        _db.NuccRows().Count.ShouldBe(2);
    }

    [Fact]
    public void Load_SecondPartOfSameVersion_BothStayCurrent()
    {
        var part1 = Load(FakeFormat.Write(_db.Files, "ptp-f1.txt", "v321r0", FakeFormat.Rows(2)));

        var part2 = Load(FakeFormat.Write(_db.Files, "ptp-f2.txt", "v321r0", FakeFormat.Rows(3, first: 10)));

        part2.Superseded.ShouldBeEmpty();
        _db.Sources().Select(s => s.Status).ShouldBe([SourceRecord.Current, SourceRecord.Current]);
        _db.NuccRows().Count.ShouldBe(5);
        _db.NuccRows().Count(r => r.SourceId == part1.Source.Id).ShouldBe(2);
    }

    [Fact]
    public void Load_CorrectedFileWithSameNameAndVersionOnPurpose_SupersedesTheFirst()
    {
        var first = Load(FakeFormat.Write(_db.Files, "tax.csv", "25.1", FakeFormat.Rows(2)));

        var corrected = Load(FakeFormat.Write(_db.Files, "tax.csv", "25.1", FakeFormat.Rows(3)), new LoadOptions(ReplaceSameVersion: true));

        corrected.Superseded.ShouldHaveSingleItem().Id.ShouldBe(first.Source.Id);
        _db.NuccRows().Count.ShouldBe(3);
    }

    [Fact]
    public void Load_SupersededFileAgain_ReinstatesItsSourcesRow()
    {
        var v1Path = FakeFormat.Write(_db.Files, "tax_1.csv", "25.0", FakeFormat.Rows(2));
        var v1 = Load(v1Path);
        var v2 = Load(FakeFormat.Write(_db.Files, "tax_2.csv", "25.1", FakeFormat.Rows(3, first: 10)), Shrinking);
        _time.Now = T0.AddDays(2);

        var again = Load(v1Path, Shrinking);

        again.Outcome.ShouldBe(LoadOutcome.Reinstated);
        again.Source.Id.ShouldBe(v1.Source.Id);
        again.Superseded.ShouldHaveSingleItem().ShouldBe(v2.Source with { Status = SourceRecord.Previous });
        var sources = _db.Sources();
        sources.Count.ShouldBe(2);
        sources.Single(s => s.Id == v1.Source.Id).ShouldBe(v1.Source with { LoadedAt = T0.AddDays(2) });
        _db.NuccCodesOf(SourceRecord.Current).ShouldBe(["C0001", "C0002"]); // read again once, not doubled
        _db.NuccCodesOf(SourceRecord.Previous).ShouldBe(["C0010", "C0011", "C0012"]);
    }

    [Fact]
    public void Load_WithProgress_ReportsRowsAndEndsWithDone()
    {
        var path = FakeFormat.Write(_db.Files, "tax_1.csv", "25.1", FakeFormat.Rows(20_000));
        var reports = new List<LoadProgress>();

        _loader.Load(_format, path, new LoadOptions(), reports.Add, CancellationToken.None);

        reports.Count.ShouldBe(3);
        reports[0].Rows.ShouldBe(8192);
        reports[^1].ShouldBe(new LoadProgress("nucc", "tax_1.csv", 20_000, new FileInfo(path).Length, true));
        _db.NuccRows().Count.ShouldBe(20_000);
    }

    [Fact]
    public void Load_RowTypeWithoutTableMap_ThrowsBeforeWriting()
    {
        var format = new UnmappedFormat();
        var path = FakeFormat.Write(_db.Files, "tax_1.csv", "25.1", FakeFormat.Rows(2));

        var error = Should.Throw<InvalidOperationException>(() => _loader.Load(format, path, new LoadOptions(), null, CancellationToken.None));

        error.Message.ShouldContain(nameof(UnmappedRow));
        _db.Sources().ShouldBeEmpty();
    }

    /// <summary>A row type no table map knows.</summary>
    private sealed record UnmappedRow(string Code);

    private sealed class UnmappedFormat : IReferenceFormat<UnmappedRow>
    {
        public string Dataset => "nucc";
        public string Publisher => "Test publisher";
        public bool Recognises(string path) => true;
        public string ReadVersion(string path) => "1";

        public IEnumerable<RowResult<UnmappedRow>> Read(string path, CancellationToken cancellationToken) =>
            [RowResult<UnmappedRow>.Ok(2, new UnmappedRow("C0001"))];
    }

    [Fact]
    public void Load_MissingFile_ThrowsSourceUnavailable()
    {
        var error = Should.Throw<SourceUnavailableException>(() => Load(Path.Combine(_db.Files, "absent.csv")));

        error.What.ShouldEndWith("absent.csv");
    }

    [Fact]
    public void Load_EachCommittedLoad_RaisesTheDataVersion()
    {
        var before = _warehouse.Sources.DataVersion();
        Load(FakeFormat.Write(_db.Files, "tax_1.csv", "25.0", FakeFormat.Rows(2)));
        var afterOne = _warehouse.Sources.DataVersion();
        Should.Throw<InputFormatException>(() => Load(FakeFormat.Write(_db.Files, "tax_2.csv", "25.1", "BAD")));
        Load(FakeFormat.Write(_db.Files, "tax_1.csv", "25.0", FakeFormat.Rows(2))); // unchanged: no load committed

        afterOne.ShouldBe(before + 1);
        _warehouse.Sources.DataVersion().ShouldBe(afterOne);
    }

    [Fact]
    public void Load_NewVersionCutShort_IsRefusedAndTheCurrentDataStays()
    {
        var current = Load(FakeFormat.Write(_db.Files, "tax_1.csv", "25.0", FakeFormat.Rows(100)));

        var error = Should.Throw<LoadRefusedException>(() => Load(FakeFormat.Write(_db.Files, "tax_2.csv", "25.1", FakeFormat.Rows(97))));

        error.Kind.ShouldBe(LoadRefusal.Shrink);
        error.Message.ShouldContain("--accept-shrink");
        _db.Sources().ShouldHaveSingleItem().ShouldBe(current.Source);
        _db.NuccRows().Count.ShouldBe(100);
    }

    [Fact]
    public void Load_NewVersionLosingFewCodes_Replaces()
    {
        Load(FakeFormat.Write(_db.Files, "tax_1.csv", "25.0", FakeFormat.Rows(100)));

        var next = Load(FakeFormat.Write(_db.Files, "tax_2.csv", "25.1", [.. FakeFormat.Rows(98), .. FakeFormat.Rows(5, first: 500)]));

        next.Superseded.ShouldHaveSingleItem();
        _db.NuccCodesOf(SourceRecord.Current).Count.ShouldBe(103);
    }

    [Fact]
    public void Load_NewVersionSameRowCountOtherCodes_IsRefused()
    {
        Load(FakeFormat.Write(_db.Files, "tax_1.csv", "25.0", FakeFormat.Rows(100)));

        Should.Throw<LoadRefusedException>(() => Load(FakeFormat.Write(_db.Files, "tax_2.csv", "25.1", FakeFormat.Rows(100, first: 50))))
            .Kind.ShouldBe(LoadRefusal.Shrink);
        Load(FakeFormat.Write(_db.Files, "tax_2.csv", "25.1", FakeFormat.Rows(100, first: 50)), Shrinking).Superseded.ShouldHaveSingleItem();
    }

    [Fact]
    public void Load_TooManyRowsRejected_IsRefusedEvenWithoutACurrentVersion()
    {
        var path = FakeFormat.Write(_db.Files, "tax_1.csv", "25.1", [.. FakeFormat.Rows(98), "BAD", "BAD"]);

        var error = Should.Throw<LoadRefusedException>(() => Load(path));

        error.Kind.ShouldBe(LoadRefusal.Rejects);
        error.Message.ShouldContain("2 of 100");
        _db.Sources().ShouldBeEmpty();
        Load(FakeFormat.Write(_db.Files, "tax_2.csv", "25.1", [.. FakeFormat.Rows(99), "BAD"])).Source.RowsRejected.ShouldBe(1); // 1% is allowed
    }

    [Fact]
    public void Load_SameNameAndVersionOtherContent_IsRefusedAndTheCurrentDataStays()
    {
        var first = Load(FakeFormat.Write(_db.Files, "tax.csv", "25.1", FakeFormat.Rows(3)));

        var error = Should.Throw<LoadRefusedException>(() => Load(FakeFormat.Write(_db.Files, "tax.csv", "25.1", FakeFormat.Rows(4))));

        error.Kind.ShouldBe(LoadRefusal.SameVersionChanged);
        error.Message.ShouldContain("--replace-same-version");
        _db.Sources().ShouldHaveSingleItem().ShouldBe(first.Source);
    }
}
