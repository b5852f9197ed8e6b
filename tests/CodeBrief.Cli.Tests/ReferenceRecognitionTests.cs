using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Reference;
using CodeBrief.Testing;

namespace CodeBrief.Cli.Tests;

public sealed class ReferenceRecognitionTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    [Theory]
    [InlineData("clfs", "clfs", "CLFS 2025 Q2V1.csv")]
    [InlineData("pfs-rvu", "medicare_pfs", "PPRRVU2025_Oct.csv")]
    [InlineData("hcpcs-modifiers", "hcpcs", "HCPC2025_OCT_ANWEB.xlsx")]
    [InlineData("zip-locality", "medicare_zip_locality", "ZIP5_OCT2025.txt")]
    public void Recognise_MirrorFileAsItsDataset_IsTrueAndAsAnotherFalse(string dataset, string folder, string file)
    {
        var path = SharedData.Path(folder, file);

        ReferenceRecognition.Recognise(dataset, path).ShouldBe(true);
        ReferenceRecognition.Recognise("nucc", path).ShouldBe(false);
        ReferenceRecognition.Recognise("no-such-dataset", path).ShouldBeNull();
    }

    [Fact]
    public void FormatFor_FileNoReaderRecognises_ThrowsUnknownFormat()
    {
        var path = _home.Sub("nucc_taxonomy_251.csv");
        File.WriteAllText(path, "not,the,taxonomy\n");

        var error = Should.Throw<InputFormatException>(() => ReferenceRecognition.FormatFor(ReferenceFormats.All, "nucc", path));

        error.Kind.ShouldBe(InputErrorKind.UnknownFormat);
        error.File.ShouldBe("nucc_taxonomy_251.csv");
    }

    [Fact]
    public void FormatFor_DatasetWithoutReader_ThrowsSourceUnavailable()
    {
        var error = Should.Throw<SourceUnavailableException>(() => ReferenceRecognition.FormatFor(ReferenceFormats.All, "tic-in-network", _home.Sub("x.json")));

        error.What.ShouldBe("tic-in-network");
    }
}
