using System.Xml.Linq;

namespace CodeBrief.Architecture.Tests;

/// <summary>
/// Data flows one way: a project may reference only Core and the stages before it. These tests read the project files,
/// so a new reference that points backwards fails here before it can tangle the layers.
/// </summary>
public sealed class ProjectGraphTests
{
    // The order of the data flow. Verify sits beside Render: it reads dossiers, never rendered output.
    private static readonly Dictionary<string, int> Stage = new(StringComparer.Ordinal)
    {
        ["CodeBrief.Core"] = 0,
        ["CodeBrief.Sources"] = 1,
        ["CodeBrief.Ingest"] = 2,
        ["CodeBrief.Warehouse"] = 3,
        // Engines implement the warehouse contracts; only the host's composition root may reference them (WarehouseBoundaryTests).
        ["CodeBrief.Warehouse.Sqlite"] = 4,
        ["CodeBrief.Warehouse.Postgres"] = 4,
        ["CodeBrief.Warehouse.Lake"] = 4,
        ["CodeBrief.Analytics"] = 5,
        ["CodeBrief.Dossier"] = 6,
        ["CodeBrief.Brief"] = 7,
        ["CodeBrief.Render"] = 8,
        ["CodeBrief.Verify"] = 8,
        ["CodeBrief.Web"] = 9,
        ["CodeBrief.Cli"] = 10,
    };

    public static TheoryData<string> SourceProjects()
    {
        var data = new TheoryData<string>();
        foreach (var name in Stage.Keys) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void ProjectReferences_PointOnlyToEarlierStages(string project)
    {
        var stage = Stage[project];
        foreach (var reference in ReferencesOf(project))
        {
            Stage.ShouldContainKey(reference, $"{project} references {reference}, which is not a known stage.");
            Stage[reference].ShouldBeLessThan(stage, $"{project} (stage {stage}) must not reference {reference} (stage {Stage[reference]}).");
        }
    }

    [Fact]
    public void SourceFolder_HoldsExactlyTheKnownStages()
    {
        var folders = Directory.GetDirectories(System.IO.Path.Combine(RepositoryRoot.Path, "src")).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal);
        folders.ShouldBe(Stage.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryStage_HasATestProject()
    {
        foreach (var project in Stage.Keys)
            File.Exists(System.IO.Path.Combine(RepositoryRoot.Path, "tests", project + ".Tests", project + ".Tests.csproj"))
                .ShouldBeTrue($"{project} has no test project.");
    }

    internal static IEnumerable<string> ReferencesOf(string project)
    {
        var file = System.IO.Path.Combine(RepositoryRoot.Path, "src", project, project + ".csproj");
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(e => System.IO.Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value)); // Include is required by MSBuild
    }
}
