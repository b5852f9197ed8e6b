using System.Globalization;
using CodeBrief.Core.Codes;
using CodeBrief.Web.Data;

namespace CodeBrief.Web.Tests.Data;

public class CodeCatalogTests
{
    private static HcpcsCode Code(string text) => HcpcsCode.TryParse(text, out var code) ? code : throw new ArgumentException(text);

    [Fact]
    public void Search_SeveralDescriptorsOfOneCode_ShowsTheFirstWithItsRow()
    {
        var catalog = new StubCatalog { Descriptors = [StubCatalog.Descriptor("86320", "Serum one", 1, 12), StubCatalog.Descriptor("86320", "Serum two", 2, 40)] };
        var result = CodeCatalog.Search(catalog, "serum");
        result.Codes.ShouldBe([new CodeHit("86320", "Serum one", "file.xlsx (2025-10), row 12")]);
        result.Truncated.ShouldBeFalse();
    }

    [Fact]
    public void Search_MoreCodesThanMax_ReturnsMaxCodesAndIsTruncated()
    {
        var descriptors = Enumerable.Range(0, 70).Select(i => StubCatalog.Descriptor("A" + i.ToString("D4", CultureInfo.InvariantCulture), "Serum test")).ToList();
        var result = CodeCatalog.Search(new StubCatalog { Descriptors = descriptors }, "serum");
        result.Codes.Count.ShouldBe(CodeCatalog.MaxCodes);
        result.Codes[^1].Code.ShouldBe("A0049");
        result.Truncated.ShouldBeTrue();
    }

    [Fact]
    public void Search_ExactlyMaxCodes_IsNotTruncated()
    {
        var descriptors = Enumerable.Range(0, CodeCatalog.MaxCodes).Select(i => StubCatalog.Descriptor("A" + i.ToString("D4", CultureInfo.InvariantCulture), "Serum test")).ToList();
        var result = CodeCatalog.Search(new StubCatalog { Descriptors = descriptors }, "serum");
        result.Codes.Count.ShouldBe(CodeCatalog.MaxCodes);
        result.Truncated.ShouldBeFalse();
    }

    [Fact]
    public void Search_CodeLikeWord_AsksPrefixInUpperCaseThenWordsWithEnoughRows()
    {
        var catalog = new StubCatalog { Descriptors = [StubCatalog.Descriptor("G0103", "Psa screening")] };
        var result = CodeCatalog.Search(catalog, " g01 ");
        result.Query.ShouldBe("g01");
        result.Codes.Select(c => c.Code).ShouldBe(["G0103"]);
        catalog.Calls.ShouldBe(["prefix G01 204", "words g01 204", "taxonomies g01 20"]);
    }

    [Fact]
    public void Search_WordsSplitAtSeparators_UsesAtMostMaxWords()
    {
        var catalog = new StubCatalog();
        CodeCatalog.Search(catalog, "a,b;c\td e f g h");
        catalog.Calls.ShouldBe(["words a|b|c|d|e|f 204", "taxonomies a|b|c|d|e|f 20"]);
    }

    [Fact]
    public void Search_LongQuery_IsCutToMaxQueryLength()
    {
        var result = CodeCatalog.Search(new StubCatalog(), new string('x', 250));
        result.Query.Length.ShouldBe(CodeCatalog.MaxQueryLength);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(";")]
    [InlineData(" , ;")]
    public void Search_NoWords_FindsNothingWithoutAskingTheCatalog(string query)
    {
        var catalog = new StubCatalog { Descriptors = [StubCatalog.Descriptor("86320", "Serum")] };
        var result = CodeCatalog.Search(catalog, query);
        result.Codes.ShouldBeEmpty();
        result.Specialties.ShouldBeEmpty();
        result.Truncated.ShouldBeFalse();
        catalog.Calls.ShouldBeEmpty();
    }

    [Fact]
    public void Search_Specialties_NameFallsBackToClassificationAndListsMappedFamilies()
    {
        var catalog = new StubCatalog
        {
            Taxonomies =
            [
                StubCatalog.Taxonomy("207ZP0105X", "Pathology", "Clinical Pathology/Laboratory Medicine", "Clinical Pathology/Laboratory Medicine Physician"),
                StubCatalog.Taxonomy("291U00000X", "Clinical Medical Laboratory", "", ""),
            ],
        };
        var specialties = CodeCatalog.Search(catalog, "pathology").Specialties;
        specialties[0].Name.ShouldBe("Clinical Pathology/Laboratory Medicine Physician");
        specialties[0].Classification.ShouldBe("Pathology, Clinical Pathology/Laboratory Medicine");
        specialties[0].Families.ShouldBe(["Pathology and Laboratory"]);
        specialties[0].Source.ShouldBe("nucc.csv (25.1), row 7");
        specialties[1].Name.ShouldBe("Clinical Medical Laboratory");
        specialties[1].Classification.ShouldBe("Clinical Medical Laboratory");
    }

    [Fact]
    public void CloseMatches_NoCodeSharesFourCharacters_FallsBackToShorterPrefixes()
    {
        var catalog = new StubCatalog { Descriptors = [StubCatalog.Descriptor("86320", "a"), StubCatalog.Descriptor("86325", "b"), StubCatalog.Descriptor("99213", "c")] };
        CodeCatalog.CloseMatches(catalog, Code("86399")).Select(h => h.Code).ShouldBe(["86320", "86325"]);
        catalog.Calls.ShouldBe(["prefix 8639 44", "prefix 863 44"]);
    }

    [Fact]
    public void CloseMatches_ManyCodes_ListsAtMostTen()
    {
        var descriptors = Enumerable.Range(0, 30).Select(i => StubCatalog.Descriptor("863" + i.ToString("D2", CultureInfo.InvariantCulture), "t")).ToList();
        CodeCatalog.CloseMatches(new StubCatalog { Descriptors = descriptors }, Code("86399")).Count.ShouldBe(10);
    }

    [Fact]
    public void Find_KnownCode_ReturnsItsFirstDescriptor()
    {
        var catalog = new StubCatalog { Descriptors = [StubCatalog.Descriptor("86320", "first", 2), StubCatalog.Descriptor("86320", "second", 3)] };
        CodeCatalog.Find(catalog, Code("86320"))!.Descriptor.ShouldBe("first");
        CodeCatalog.Find(catalog, Code("86321")).ShouldBeNull();
    }

    [Fact]
    public void All_EveryCodeOnce_InCatalogOrder()
    {
        var catalog = new StubCatalog { Descriptors = [StubCatalog.Descriptor("0689T", "a"), StubCatalog.Descriptor("0689T", "b", 3), StubCatalog.Descriptor("G2211", "c")] };
        CodeCatalog.All(catalog).Select(h => (h.Code, h.Descriptor)).ShouldBe([("0689T", "a"), ("G2211", "c")]);
    }
}
