using CodeBrief.Core.Errors;

namespace CodeBrief.Sources.Tests;

public sealed class DatasetCatalogTests
{
    [Fact]
    public void All_ListsEveryReferenceDatasetOnceWithPublisherAndLicence()
    {
        DatasetCatalog.All.Select(d => d.Id).Order(StringComparer.Ordinal).ShouldBe(
        [
            "anes-base-units", "asc", "asp", "clfs", "dmepos", "dmepos-rural-zip", "hcpcs", "hcpcs-modifiers", "icd10cm", "ncci-aoc", "ncci-mue",
            "ncci-ptp", "nucc", "opps-addb", "pfs-anes", "pfs-gpci", "pfs-locality", "pfs-opps-cap", "pfs-rvu", "zip-locality",
        ]);
        DatasetCatalog.All.ShouldAllBe(d => d.Publisher.Length > 0 && d.Licence.Length > 0 && d.FilePatterns.Count > 0);
    }

    [Fact]
    public void All_DownloadsAreHttpsAndDatasetsWithoutOneNameALandingPage()
    {
        DatasetCatalog.All.SelectMany(d => d.Downloads).ShouldAllBe(u => u.Scheme == Uri.UriSchemeHttps);
        DatasetCatalog.All.Where(d => d.Downloads.Count == 0).ShouldAllBe(d => d.LandingPage != null);
        DatasetCatalog.Find("pfs-rvu")!.Downloads.ShouldBe([new Uri("https://www.cms.gov/files/zip/rvu25d.zip")]);
    }

    [Fact]
    public void All_CptBearingDatasetsSayTheAmaHoldsTheCopyright()
    {
        foreach (var id in new[] { "clfs", "pfs-rvu", "pfs-opps-cap", "ncci-aoc", "ncci-ptp", "ncci-mue" })
            DatasetCatalog.Find(id)!.Licence.ShouldContain("American Medical Association");
    }

    [Theory]
    [InlineData("clfs", "CLFS 2025 Q2V1.csv", true)]
    [InlineData("clfs", "clfs 2026 q1v1.CSV", true)]
    [InlineData("clfs", "CLFS 2025 Q2V1.xlsx", false)]
    [InlineData("clfs", "25CLABQ2.csv", true)]
    [InlineData("pfs-rvu", "PPRRVU2025_Oct.csv", true)]
    [InlineData("pfs-rvu", "RVU25D.pdf", false)]
    [InlineData("pfs-locality", "25LOCCO.csv", true)]
    [InlineData("zip-locality", "ZIP5_OCT2025.txt", true)]
    [InlineData("zip-locality", "ZIP5lyout.txt", false)]
    [InlineData("icd10cm", "icd10cm-codes-2026.txt", true)]
    [InlineData("icd10cm", "icd10cm-order-2026.txt", false)]
    [InlineData("hcpcs", "HCPC2025_OCT_ANWEB.xlsx", true)]
    [InlineData("hcpcs-modifiers", "HCPC2025_OCT_ANWEB.xlsx", true)]
    [InlineData("ncci-mue", "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", true)]
    [InlineData("dmepos", "DMEPOS26_JAN.csv", true)]
    [InlineData("dmepos", "DMEPOS25_APR25.csv", true)]
    [InlineData("dmepos", "DME Rural ZIP Code Quarter 1 2026.csv", false)]
    [InlineData("dmepos-rural-zip", "DME Rural ZIP Code Quarter 1 2026.csv", true)]
    [InlineData("dmepos-rural-zip", "DMEPOS26_JAN.csv", false)]
    public void MatchesName_PublisherFileNames_MatchOnlyTheirDataset(string dataset, string fileName, bool expected)
    {
        DatasetCatalog.Find(dataset)!.MatchesName(fileName).ShouldBe(expected);
    }

    [Fact]
    public void Select_UnknownId_ThrowsUsageNamingKnownIds()
    {
        var error = Should.Throw<UsageException>(() => DatasetCatalog.Select(["clfs", "cpt"]));

        error.Message.ShouldContain("\"cpt\"");
        error.Message.ShouldContain("pfs-rvu");
    }

    [Fact]
    public void Select_IdsInAnyCase_ReturnsEachOnceInGivenOrder()
    {
        DatasetCatalog.Select(["NUCC", "clfs", "nucc"]).Select(d => d.Id).ShouldBe(["nucc", "clfs"]);
        DatasetCatalog.Select(null).ShouldBe(DatasetCatalog.All);
    }
}
