using System.Text;
using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Clfs;
using CodeBrief.Ingest.Dmepos;
using CodeBrief.Ingest.PfsAnesthesia;
using CodeBrief.Ingest.PfsGpci;
using CodeBrief.Ingest.PfsLocality;
using CodeBrief.Ingest.PfsOppsCap;
using CodeBrief.Ingest.PfsRvu;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Ingest.ZipLocality;

namespace CodeBrief.Ingest.Tests.Reference;

/// <summary>What the seven CMS text formats share: their tables, their registration, and how they meet foreign files.</summary>
public sealed partial class CmsReferenceFormatsTests
{
    public static TheoryData<IReferenceFormat> Formats =>
    [
        new ClfsFormat(), new PfsRvuFormat(), new PfsGpciFormat(), new PfsLocalityFormat(),
        new PfsAnesthesiaFormat(), new PfsOppsCapFormat(), new ZipLocalityFormat(), new DmeposFeeFormat(), new DmeposRuralZipFormat(),
    ];

    [Theory]
    [MemberData(nameof(Formats))]
    public void All_EachFormat_IsRegisteredOnce(IReferenceFormat format) =>
        ReferenceFormats.All.Count(f => f.Dataset == format.Dataset && f.GetType() == format.GetType()).ShouldBe(1);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Recognise_RealFile_ChoosesTheFormatThatReadsIt(IReferenceFormat format)
    {
        var own = RealFiles.All.Where(format.Recognises).ShouldHaveSingleItem();

        ReferenceFormats.Recognise(own).ShouldNotBeNull().Dataset.ShouldBe(format.Dataset);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Recognises_HugeSingleLineFile_IsFalseWithoutReadingItAll(IReferenceFormat format)
    {
        using var file = TempFile.Bytes("plan.json", Encoding.ASCII.GetBytes("{\"in_network\":[" + new string('1', 3_000_000) + "]}"));

        format.Recognises(file.Path).ShouldBeFalse();
        Should.Throw<InputFormatException>(() => RealFiles.ReadToEnd(format, file.Path)).Kind.ShouldBe(InputErrorKind.UnknownFormat);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Recognises_MissingFile_IsFalse(IReferenceFormat format) =>
        format.Recognises(Path.Combine(Path.GetTempPath(), "codebrief-no-such-file.csv")).ShouldBeFalse();

    private static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException(string.Join('/', parts));
    }

    [GeneratedRegex(@"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\);", RegexOptions.Singleline)]
    private static partial Regex TableDefinition();
}
