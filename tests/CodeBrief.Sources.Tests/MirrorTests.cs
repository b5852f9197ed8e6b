using CodeBrief.Core.Errors;
using CodeBrief.Testing;

namespace CodeBrief.Sources.Tests;

public sealed class MirrorTests
{
    private static readonly ContentRecogniser NoReaders = (_, _) => null;

    [Fact]
    public void Find_SharedData_FindsEachDatasetsFileByName()
    {
        var mirror = new Mirror(SharedData.Folder, NoReaders);

        var files = mirror.Find(DatasetCatalog.All);

        string FileOf(string dataset) => files.Single(f => f.Dataset == dataset).Path;
        FileOf("clfs").ShouldBe(SharedData.Path("clfs", "CLFS 2025 Q2V1.csv"));
        FileOf("pfs-rvu").ShouldBe(SharedData.Path("medicare_pfs", "PPRRVU2025_Oct.csv"));
        FileOf("pfs-locality").ShouldBe(SharedData.Path("medicare_pfs", "25LOCCO.csv"));
        FileOf("zip-locality").ShouldBe(SharedData.Path("medicare_zip_locality", "ZIP5_OCT2025.txt"));
        FileOf("icd10cm").ShouldBe(SharedData.Path("icd10cm", "icd10cm-codes-2026.txt"));
        FileOf("hcpcs").ShouldBe(FileOf("hcpcs-modifiers"));
        FileOf("dmepos-rural-zip").ShouldBe(SharedData.Path("dmepos", "DME Rural ZIP Code Quarter 1 2026.csv"));
        // Both quarters, older first: loaded in this order, the newer one is current.
        files.Where(f => f.Dataset == "dmepos").Select(f => f.Path)
            .ShouldBe([SharedData.Path("dmepos", "DMEPOS25_APR25.csv"), SharedData.Path("dmepos", "DMEPOS26_JAN.csv")]);
        files.ShouldNotContain(f => f.Dataset == "ncci-ptp" || f.Dataset == "ncci-mue");
        files.ShouldAllBe(f => !f.ContentChecked);
    }

    [Fact]
    public void Find_RecogniserRejectsContent_FileIsLeftOut()
    {
        var seen = new List<(string, string)>();
        var mirror = new Mirror(SharedData.Folder, (dataset, path) =>
        {
            seen.Add((dataset, Path.GetFileName(path)));
            return dataset != "pfs-gpci";
        });

        var files = mirror.Find([DatasetCatalog.Find("pfs-gpci")!, DatasetCatalog.Find("pfs-anes")!]);

        seen.ShouldBe([("pfs-gpci", "GPCI2025.csv"), ("pfs-anes", "ANES2025.csv")]);
        files.ShouldHaveSingleItem().ShouldBe(new MirrorFile("pfs-anes", SharedData.Path("medicare_pfs", "ANES2025.csv"), true));
    }

    [Fact]
    public void Find_MissingFolder_ThrowsSourceUnavailableNamingIt()
    {
        var root = Path.Combine(Path.GetTempPath(), "no-mirror-" + Guid.NewGuid().ToString("N"));

        var error = Should.Throw<SourceUnavailableException>(() => new Mirror(root, NoReaders).Find(DatasetCatalog.All));

        error.What.ShouldBe(root);
        error.Message.ShouldContain("--mirror");
    }
}
