using CodeBrief.Verify.Page;
using CodeBrief.Verify.Tests.Support;

namespace CodeBrief.Verify.Tests;

public sealed class PageParserTests
{
    [Fact]
    public void Parse_SeedWithRowsLackingLeadingPipe_ReadsFourTablesWithRolesAndLines()
    {
        var page = PageReader.Read(Pages.Seed("002"));

        page.Title.ShouldBe("CPT 0689T: Ultrasound Quantitative Tissue Analysis with Interpretation");
        page.Tables.Count.ShouldBe(4);
        var modifiers = page.Tables[0];
        modifiers.Columns[0].CodeSet.ShouldBe(CodeSet.Modifier);
        modifiers.Columns[1].Role.ShouldBe(ColumnRole.Description);
        modifiers.Rows.Count.ShouldBe(10);
        modifiers.Rows[0].Line.ShouldBe(17);
        modifiers.Rows[0].Cells.ShouldBe(["26", "Professional component", "Use when billing only the physician interpretation and report separate from technical imaging."]);
        page.Tables[1].Columns[0].CodeSet.ShouldBe(CodeSet.Taxonomy);
        page.Tables[1].HeaderLine.ShouldBe(27);
        page.Tables[2].Columns[0].CodeSet.ShouldBe(CodeSet.Icd10Cm);
        page.Tables[3].Columns[0].CodeSet.ShouldBe(CodeSet.Procedure);
        page.Tables[3].Columns[2].Role.ShouldBe(ColumnRole.Relationship);
        page.Tables[3].Section.ShouldBe("Related CPT Codes");
    }

    [Fact]
    public void Extract_NotAvailableRowAndSubjectMentions_AreSkipped()
    {
        var page = PageReader.Read(Pages.Seed("002"));

        var tokens = TokenExtractor.Extract(page, "0689T");

        tokens.ShouldNotContain(t => t.Set == CodeSet.Icd10Cm);
        tokens.ShouldNotContain(t => t.Code == "0689T");
        tokens.Count(t => t.Set == CodeSet.Modifier).ShouldBe(10);
        tokens.Single(t => t.Code == "207L00000X").Description.ShouldBe("Diagnostic Radiology");
        tokens.Single(t => t.Code == "99173").Relationship.ShouldNotBeNull().ShouldStartWith("Not directly related");
    }

    [Fact]
    public void Parse_TrailingRowWithOneCell_KeepsTheCode()
    {
        var page = PageReader.Read(Pages.Seed("004"));

        var last = page.Tables.Single().Rows[^1];
        last.Line.ShouldBe(17);
        last.Cells.ShouldBe(["TC"]);
    }

    [Theory]
    [InlineData("CPT 83789: Mass Spectrometry", "83789")]
    [InlineData("HCPCS code G0103 — PSA screening", "G0103")]
    [InlineData("CPT® 0689T – Ultrasound", "0689T")]
    [InlineData("83789 — Mass spectrometry", "83789")]
    [InlineData("CPT 0001A", "0001A")]
    [InlineData("0001a — Vaccine administration", "0001A")]
    [InlineData("HCPCS J1234: Injection", "J1234")]
    [InlineData("Summary & Overview", null)]
    public void Find_Title_ReturnsSubjectCode(string title, string? expected) => SubjectPattern.Find(title).ShouldBe(expected);

    [Fact]
    public void Extract_ProseCodesOfEveryProcedureShape_AreFound()
    {
        var page = PageReader.Parse("page.md", "# CPT 99214: Office visit\n\nBill CPT 99213, 0001A, 0689T, G0008 or J1234 instead; not 10001 or Z1231.\n");

        var tokens = TokenExtractor.Extract(page, "99214");

        tokens.Where(t => t.Set == CodeSet.Procedure && !t.Bare).Select(t => t.Code).ShouldBe(["99213", "0001A", "0689T", "G0008", "J1234"]);
        // A bare five-digit number in a sentence about billing is kept as a maybe, a claim only if a loaded file has the code.
        tokens.Single(t => t.Code == "10001").Bare.ShouldBeTrue();
    }
}
