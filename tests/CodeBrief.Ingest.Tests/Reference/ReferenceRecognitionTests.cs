using CodeBrief.Ingest.Reference;
using CodeBrief.Ingest.Tests.Support;
using CodeBrief.Testing;
using Shouldly;
using Xunit;

namespace CodeBrief.Ingest.Tests.Reference;

/// <summary>Each ICD-10-CM, NUCC, HCPCS and NCCI file is recognised by its own format and by none of the others.</summary>
public sealed class ReferenceRecognitionTests
{
    private static readonly string[] CodeSetDatasets = ["icd10cm", "nucc", "hcpcs", "hcpcs-modifiers", "ncci-aoc", "ncci-ptp", "ncci-mue"];

    public static TheoryData<string, string[]> Files() => new()
    {
        { SharedData.Path("icd10cm", "icd10cm-codes-2026.txt"), ["icd10cm"] },
        { Fixture.Path("icd10cm-order-2026.txt"), ["icd10cm"] },
        { SharedData.Path("nucc", "nucc_taxonomy_251.csv"), ["nucc"] },
        { SharedData.Path("hcpcs", "HCPC2025_OCT_ANWEB.xlsx"), ["hcpcs", "hcpcs-modifiers"] },
        { SharedData.Path("ncci", "AOC_V2026Q2-MCR.xlsx"), ["ncci-aoc"] },
        { Fixture.Path("ccipra-v321r0-f1.txt"), ["ncci-ptp"] },
        { Fixture.Path("MCR_MUE_PractitionerServices_Eff_04-01-2026.csv"), ["ncci-mue"] },
        { SharedData.Path("clfs", "CLFS 2025 Q2V1.csv"), [] },
        { SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv"), [] },
        { SharedData.Path("medicare_zip_locality", "ZIP5_OCT2025.txt"), [] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Recognises_ReferenceFile_OnlyItsOwnFormats(string path, string[] expected)
    {
        var recognisedBy = ReferenceFormats.All
            .Where(f => CodeSetDatasets.Contains(f.Dataset) && f.Recognises(path))
            .Select(f => f.Dataset)
            .ToArray();

        recognisedBy.ShouldBe(expected, ignoreOrder: true);
    }
}
