using System.IO.Compression;
using System.Text;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic;
using CodeBrief.Testing;
using CodeBrief.Warehouse.Tic;

namespace CodeBrief.Warehouse.Lake.Tests;

/// <summary>A failed or cancelled file leaves nothing in the lake; re-ingests are no-ops or add codes; an old home's rates move to the lake.</summary>
public sealed class LakeFaultTests : IDisposable
{
    private readonly LakeHome _home = new();

    public void Dispose() => _home.Dispose();

    private static readonly string Sample = SharedData.Path("tic_mrf", "cms_price_transparency_guide", "v2.2.0", "examples", "in-network-rates",
        "in-network-rates-all-negotiated-types-sample.json");

    private static TicLoadOptions Codes(params string[] codes) => new(null, null, new CodeFilter(codes));

    private TicLoadResult Ingest(string path, TicLoadOptions options, CancellationToken ct = default) => _home.Warehouse.Rates.Ingest(path, options, ct);

    private void LakeIsEmpty()
    {
        foreach (var table in LakeLayout.Tables) _home.Files(table).ShouldBeEmpty(table);
        _home.Staged().ShouldBeEmpty();
        _home.Warehouse.Sources.All().ShouldBeEmpty();
    }

    [Fact]
    public void TruncatedGzip_ReportedWithFileAndOffset_NothingInTheLake_TheNextFileLoads()
    {
        var whole = Path.Combine(_home.Folder, "whole.json.gz");
        using (var file = File.Create(whole))
        using (var gz = new GZipStream(file, CompressionLevel.Optimal))
            gz.Write(File.ReadAllBytes(Sample));
        var cut = Path.Combine(_home.Folder, "cut.json.gz");
        File.WriteAllBytes(cut, File.ReadAllBytes(whole)[..^8]);
        var e = Should.Throw<InputFormatException>(() => Ingest(cut, Codes()));
        e.Kind.ShouldBe(InputErrorKind.Truncated);
        e.Message.ShouldContain("cut.json.gz");
        e.Location.ByteOffset.ShouldBe(new FileInfo(Sample).Length);
        LakeIsEmpty();
        Ingest(Sample, Codes()).RowsStored.ShouldBe(8);
        _home.Files(LakeLayout.Rates).Length.ShouldBe(1);
    }

    [Fact]
    public void TokenLargerThanTheBufferLimit_ReportedWithOffset_NothingInTheLake()
    {
        // A description of 65 MiB: one token over the reader's 64 MiB limit, after a first item that would have stored rates.
        var text = File.ReadAllText(Sample);
        var at = text.IndexOf("\"in_network\"", StringComparison.Ordinal);
        var path = Path.Combine(_home.Folder, "huge.json");
        using (var w = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            w.Write(text[..at]);
            w.Write("\"huge\": \"");
            var block = new string('x', 1 << 20);
            for (var i = 0; i < 65; i++) w.Write(block);
            w.Write("\", ");
            w.Write(text[at..]);
        }
        var e = Should.Throw<InputFormatException>(() => Ingest(path, Codes()));
        e.Message.ShouldContain("huge.json");
        e.Location.ByteOffset.ShouldNotBeNull();
        LakeIsEmpty();
    }

    [Fact]
    public void Cancelled_NothingInTheLake()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Should.Throw<OperationCanceledException>(() => Ingest(SharedData.Path("tic_mrf", "real_payer_files", "carefirst_in-network_examplefile.json.gz"), Codes(), cancel.Token));
        LakeIsEmpty();
    }

    [Fact]
    public void SameFileAgain_IsANoOp_AnotherFilterAddsCodesAndKeepsTheOldOnes()
    {
        var carefirst = SharedData.Path("tic_mrf", "real_payer_files", "carefirst_in-network_examplefile.json.gz");
        var first = Ingest(carefirst, Codes("43235"));
        var written = File.GetLastWriteTimeUtc(_home.Files(LakeLayout.Rates).Single());
        Ingest(carefirst, Codes("43235")).Unchanged.ShouldBeTrue();
        File.GetLastWriteTimeUtc(_home.Files(LakeLayout.Rates).Single()).ShouldBe(written);
        var rates43235 = _home.Warehouse.Rates.FeeForServiceRates("43235").Count;
        var widened = Ingest(carefirst, Codes("45378"));
        widened.Unchanged.ShouldBeFalse();
        widened.RowsStored.ShouldBeGreaterThan(first.RowsStored);
        _home.Files(LakeLayout.Rates).Length.ShouldBe(1); // the source's file replaced in place, not doubled
        _home.Warehouse.Rates.FeeForServiceRates("43235").Count.ShouldBe(rates43235);
        _home.Warehouse.Rates.FeeForServiceRates("45378").ShouldNotBeEmpty();
        _home.Warehouse.Sources.All().Count(s => s.Dataset == "tic-in-network").ShouldBe(1);
    }

    [Fact]
    public void OldHome_RatesInBlocksStillRead_AndTheNextIngestMovesThemToTheLake()
    {
        _home.Reopen(withLake: false);
        var before = Ingest(Sample, Codes());
        _home.Reopen(withLake: true);
        _home.Files(LakeLayout.Rates).ShouldBeEmpty();
        var fromBlocks = _home.Warehouse.Rates.FeeForServiceRates("99214").Count;
        fromBlocks.ShouldBeGreaterThan(0);
        var moved = Ingest(Sample, Codes());
        moved.Unchanged.ShouldBeFalse();
        moved.RowsStored.ShouldBe(before.RowsStored);
        _home.Files(LakeLayout.Rates).Length.ShouldBe(1);
        _home.Warehouse.Rates.FeeForServiceRates("99214").Count.ShouldBe(fromBlocks); // from the lake now, not twice
        Ingest(Sample, Codes()).Unchanged.ShouldBeTrue();
    }

    [Fact]
    public void RateBeyondTheLakesColumn_ReportedWithItsJsonPath_NothingInTheLake_FinerDigitsRounded()
    {
        var text = File.ReadAllText(Sample);
        var first = text.IndexOf("\"negotiated_rate\"", StringComparison.Ordinal);
        var value = text.IndexOf(':', first) + 1;
        var end = text.IndexOfAny([',', '}', '\n'], value);
        var huge = Path.Combine(_home.Folder, "huge-rate.json");
        File.WriteAllText(huge, text[..value] + " 12345678901234.5" + text[end..]);
        var e = Should.Throw<InputFormatException>(() => Ingest(huge, Codes()));
        e.Message.ShouldContain("huge-rate.json");
        e.Location!.JsonPath.ShouldBe("$.in_network[0].negotiated_rates[0].negotiated_prices[0].negotiated_rate");
        LakeIsEmpty();
        var fine = Path.Combine(_home.Folder, "fine-rate.json");
        File.WriteAllText(fine, text[..value] + " 123.4567894" + text[end..]);
        Ingest(fine, Codes()).RowsStored.ShouldBe(8);
        _home.Warehouse.Rates.FeeForServiceRates(FirstCode(text)).Select(r => r.Rate).ShouldContain(123.456789m);
    }

    private static string FirstCode(string text)
    {
        var at = text.IndexOf("\"billing_code\"", StringComparison.Ordinal);
        var open = text.IndexOf('"', text.IndexOf(':', at)) + 1;
        return text[open..text.IndexOf('"', open)];
    }
}
