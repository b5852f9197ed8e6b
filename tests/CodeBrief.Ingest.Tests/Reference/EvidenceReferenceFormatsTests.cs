using System.Text;
using System.Text.RegularExpressions;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.DiagnosisCrosswalk;
using CodeBrief.Ingest.LcdArticle;
using CodeBrief.Ingest.MedicareUtilization;
using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.SpecialtyTaxonomy;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Testing;

namespace CodeBrief.Ingest.Tests.Reference;

/// <summary>What the six evidence formats share: their tables, their registration, and how they meet other files.</summary>
public sealed class EvidenceReferenceFormatsTests
{
    /// <summary>Each evidence format with the fixture it reads.</summary>
    public static TheoryData<IReferenceFormat, string> FormatsWithFixtures => new()
    {
        { new MedicareUtilizationGeoFormat(), EvidenceFixtures.Geo },
        { new MedicareUtilizationProviderFormat(), EvidenceFixtures.Provider },
        { new SpecialtyTaxonomyFormat(), EvidenceFixtures.Crosswalk },
        { new LcdArticleIcd10Format(), EvidenceFixtures.ArticleIcd10 },
        { new LcdArticleHcpcFormat(), EvidenceFixtures.ArticleHcpc },
        { new DiagnosisCrosswalkFormat(), EvidenceFixtures.DiagnosisCrosswalk },
    };

    private static readonly string[] AllFixtures =
    [
        EvidenceFixtures.Geo, EvidenceFixtures.Provider, EvidenceFixtures.Crosswalk, EvidenceFixtures.ArticleIcd10,
        EvidenceFixtures.ArticleHcpc, EvidenceFixtures.ArticleIcd10NonCovered, EvidenceFixtures.DiagnosisCrosswalk,
    ];

    [Theory]
    [MemberData(nameof(FormatsWithFixtures))]
    public void All_EachFormat_IsRegisteredOnce(IReferenceFormat format, string fixture)
    {
        ReferenceFormats.All.Count(f => f.GetType() == format.GetType()).ShouldBe(1);
        ReferenceFormats.All.Count(f => f.Dataset == format.Dataset).ShouldBe(1, fixture);
    }

    [Theory]
    [MemberData(nameof(FormatsWithFixtures))]
    public void Recognise_Fixture_ChoosesThisFormatAndNoOtherFormatClaimsIt(IReferenceFormat format, string fixture)
    {
        var path = EvidenceFixtures.Path(fixture);

        ReferenceFormats.Recognise(path).ShouldNotBeNull().GetType().ShouldBe(format.GetType());
        ReferenceFormats.All.Where(f => f.Recognises(path)).ShouldHaveSingleItem();
    }

    [Theory]
    [MemberData(nameof(FormatsWithFixtures))]
    public void Recognises_OtherFixturesAndRealMirrorFiles_IsFalse(IReferenceFormat format, string fixture)
    {
        foreach (var other in AllFixtures.Where(f => f != fixture))
            format.Recognises(EvidenceFixtures.Path(other)).ShouldBeFalse(other);
        foreach (var real in RealFiles.All)
            format.Recognises(real).ShouldBeFalse(Path.GetFileName(real));
        foreach (var layout in new[] { "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", "ccipra-v321r0-f1.txt", "icd10cm-order-2026.txt" })
            format.Recognises(Fixture.Path(layout)).ShouldBeFalse(layout);
    }

    [Theory]
    [MemberData(nameof(FormatsWithFixtures))]
    public void Recognises_HugeSingleLineFile_IsFalseAndReadFails(IReferenceFormat format, string fixture)
    {
        using var file = TempFile.Bytes("plan.json", Encoding.ASCII.GetBytes("{\"in_network\":[" + new string('1', 3_000_000) + "]}"));

        format.Recognises(file.Path).ShouldBeFalse(fixture);
        Should.Throw<InputFormatException>(() => RealFiles.ReadToEnd(format, file.Path)).Kind.ShouldBe(InputErrorKind.UnknownFormat);
    }

    [Theory]
    [MemberData(nameof(FormatsWithFixtures))]
    public void Recognises_MissingFile_IsFalse(IReferenceFormat format, string fixture) =>
        format.Recognises(Path.Combine(Path.GetTempPath(), "codebrief-no-such-" + fixture)).ShouldBeFalse();

    [Theory]
    [MemberData(nameof(FormatsWithFixtures))]
    public void Read_EmptyFile_ThrowsTruncated(IReferenceFormat format, string fixture)
    {
        using var file = TempFile.Bytes(fixture, []);

        Should.Throw<InputFormatException>(() => RealFiles.ReadToEnd(format, file.Path)).Kind.ShouldBe(InputErrorKind.Truncated);
    }

    [Fact]
    public void Read_ProviderFileCutMidRow_ThrowsTruncated()
    {
        var lines = File.ReadAllLines(EvidenceFixtures.Path(EvidenceFixtures.Provider));
        using var file = TempFile.Lines(EvidenceFixtures.Provider, false, lines[0], lines[1], lines[2][..40]);

        var problem = Should.Throw<InputFormatException>(() => RealFiles.ReadAll(new MedicareUtilizationProviderFormat(), file.Path));

        (problem.Kind, problem.Location.Line).ShouldBe((InputErrorKind.Truncated, 3L));
    }
}
