using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CodeBrief.Architecture.Tests;

/// <summary>
/// The warehouse owns the data: outside the warehouse projects no code speaks SQL, uses ADO.NET, Dapper or a database
/// provider, or references a storage engine (the CLI's composition root aside). Checked three ways: the source text, the
/// compiled assemblies' references, and each project's whole package closure (so a transitive package counts too).
/// </summary>
public sealed partial class WarehouseBoundaryTests
{
    private static readonly string[] WarehouseProjects = ["CodeBrief.Warehouse", "CodeBrief.Warehouse.Sqlite", "CodeBrief.Warehouse.Postgres", "CodeBrief.Warehouse.Lake"];
    private static readonly string[] Engines = ["CodeBrief.Warehouse.Sqlite", "CodeBrief.Warehouse.Postgres", "CodeBrief.Warehouse.Lake"];

    /// <summary>The one project allowed to reference the engines, to pick one for a store (Cli/WarehouseStores.cs).</summary>
    private const string CompositionRoot = "CodeBrief.Cli";

    /// <summary>Assembly names that differ from their project's.</summary>
    private static readonly Dictionary<string, string> AssemblyNames = new(StringComparer.Ordinal) { ["CodeBrief.Cli"] = "codebrief" };

    /// <summary>Stages allowed one ADO.NET assembly for a reason other than data access.</summary>
    private static readonly Dictionary<string, string> AdoInterfacesOnly = new(StringComparer.Ordinal)
    {
        // ExcelDataReader hands workbook rows over as IDataReader; the source scan still forbids connections and SQL there.
        ["CodeBrief.Ingest"] = "System.Data.Common",
    };

    /// <summary>Assemblies that mean data access: ADO.NET itself, the providers, the micro-ORM.</summary>
    private static readonly string[] DataAssemblies = ["System.Data.Common", "System.Data", "Microsoft.Data.Sqlite", "SQLitePCLRaw.core", "Npgsql", "Dapper", "DuckDB.NET.Data", "DuckDB.NET.Bindings"];

    /// <summary>Package ids (prefixes) of providers and ORMs, forbidden in the closure of every stage but the warehouse and the host.</summary>
    private static readonly string[] DataPackages = ["Microsoft.Data.Sqlite", "SQLitePCLRaw", "Npgsql", "Dapper", "DuckDB", "Microsoft.Data.SqlClient", "System.Data.SqlClient", "Microsoft.EntityFrameworkCore"];

    public static TheoryData<string> OutsideProjects()
    {
        var data = new TheoryData<string>();
        foreach (var project in SourceProjects().Where(p => !WarehouseProjects.Contains(p))) data.Add(project);
        return data;
    }

    [Theory]
    [MemberData(nameof(OutsideProjects))]
    public void Source_OutsideTheWarehouse_HasNoSqlAndNoDataAccessCode(string project)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", project);
        var offences = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => f.EndsWith(".sql", StringComparison.Ordinal)
                ? [$"{Path.GetRelativePath(folder, f)}: a SQL file"]
                : f.EndsWith(".cs", StringComparison.Ordinal) ? Offences(File.ReadAllText(f)).Select(o => $"{Path.GetRelativePath(folder, f)}: {o}") : [])
            .ToList();
        offences.ShouldBeEmpty($"{project} holds SQL or data-access code; move it behind a store interface in CodeBrief.Warehouse.");
    }

    [Theory]
    [MemberData(nameof(OutsideProjects))]
    public void Assembly_OutsideTheWarehouse_ReferencesNoDataAssemblyOrEngine(string project)
    {
        var references = Assembly.Load(AssemblyNames.GetValueOrDefault(project, project)).GetReferencedAssemblies()
            .Select(a => a.Name!).ToList(); // a reference always has a name
        references.Where(r => DataAssemblies.Contains(r, StringComparer.Ordinal) && AdoInterfacesOnly.GetValueOrDefault(project) != r)
            .ShouldBeEmpty($"{project} uses a data-access assembly.");
        if (project != CompositionRoot)
            references.Where(r => Engines.Contains(r, StringComparer.Ordinal)).ShouldBeEmpty($"{project} uses a storage engine; only {CompositionRoot} picks one.");
    }

    [Theory]
    [MemberData(nameof(OutsideProjects))]
    public void Packages_OfEveryStageButTheHost_HoldNoProviderEvenTransitively(string project)
    {
        if (project == CompositionRoot) return; // the host ships the engines; its own code is held by the two tests above
        var closure = PackageClosure(project);
        closure.Where(p => DataPackages.Any(d => p.StartsWith(d, StringComparison.OrdinalIgnoreCase)))
            .ShouldBeEmpty($"{project} gets a database provider or ORM in its package closure.");
    }

    [Theory]
    [MemberData(nameof(OutsideProjects))]
    public void ProjectReferences_OfEveryStageButTheHost_NameNoEngine(string project)
    {
        if (project == CompositionRoot) return;
        ProjectGraphTests.ReferencesOf(project).Where(r => Engines.Contains(r, StringComparer.Ordinal)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("const string sql = \"SELECT code FROM pfs_rvu WHERE code = @c\";")]
    [InlineData("command.CommandText = $\"INSERT INTO {table} VALUES (1)\";")]
    [InlineData("\"DELETE FROM sources WHERE id = 1\"")]
    [InlineData("\"UPDATE sources SET status = 'x'\"")]
    [InlineData("\"CREATE TABLE t (a TEXT)\"")]
    [InlineData("using Microsoft.Data.Sqlite;")]
    [InlineData("using System.Data.Common;")]
    [InlineData("private readonly DbConnection _db;")]
    [InlineData("connection.Query<string>(\"x\")")]
    [InlineData("using var c = new NpgsqlConnection(text);")]
    public void Offences_SampleOfDataAccess_IsFound(string code) => Offences(code).ShouldNotBeEmpty();

    [Theory]
    [InlineData("var names = rows.Select(r => r.Name).Where(n => n.Length > 0);")]
    [InlineData("/// <summary>Selects the rows from the table the user named.</summary>")]
    [InlineData("\"Select the codes from the loaded PFS\"")]
    [InlineData("\"postgres://user@host/db, or an Npgsql connection string\"")]
    public void Offences_OrdinaryCodeAndProse_IsNotFlagged(string code) => Offences(code).ShouldBeEmpty();

    /// <summary>What in <paramref name="code"/> is SQL or data access, one entry each.</summary>
    private static IEnumerable<string> Offences(string code) =>
        DataAccess().Matches(code).Select(m => m.Value.Trim());

    // Upper-case SQL statements (the convention of every query in the warehouse), ADO.NET and provider namespaces and types,
    // and Dapper's extension calls.
    [GeneratedRegex(@"\bSELECT\b[\s\S]{0,400}?\bFROM\b|\bINSERT\s+INTO\b|\bDELETE\s+FROM\b|\bUPDATE\s+\w+\s+SET\b|\b(?:CREATE|DROP|ALTER)\s+(?:TABLE|INDEX|VIEW)\b|\bPRAGMA\b|sqlite_master"
        + @"|using\s+(?:System\.Data|Microsoft\.Data\.Sqlite|Npgsql|Dapper|DuckDB)\b|\bDb(?:Connection|Command|DataReader|Transaction)\b|\b(?:Sqlite|Npgsql)(?:Connection|Command|DataReader|Transaction|DataSource)\b"
        + @"|\.(?:Query|QueryFirst|QuerySingle|Execute|ExecuteScalar|ExecuteReader)(?:OrDefault)?<", RegexOptions.CultureInvariant)]
    private static partial Regex DataAccess();

    private static IEnumerable<string> SourceProjects() =>
        Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "src")).Select(d => Path.GetFileName(d)!).Where(n => n.StartsWith("CodeBrief.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>Every package in the restored closure of <paramref name="project"/> (NuGet's assets file of the last restore).</summary>
    private static List<string> PackageClosure(string project)
    {
        var assets = Path.Combine(RepositoryRoot.Path, "src", project, "obj", "project.assets.json");
        File.Exists(assets).ShouldBeTrue($"{assets} is missing: restore the solution before running the architecture tests.");
        using var document = JsonDocument.Parse(File.ReadAllBytes(assets));
        return [.. document.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(l => l.Value.GetProperty("type").GetString() == "package")
            .Select(l => l.Name.Split('/')[0])];
    }
}
