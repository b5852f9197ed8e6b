using System.Text.RegularExpressions;
using CodeBrief.Ingest.Reference;
using Shouldly;
using Xunit;

namespace CodeBrief.Ingest.Tests.Reference;

/// <summary>Every registered format's <c>Columns</c> must be its warehouse table's columns (minus source_id, row), in order.</summary>
public sealed partial class ReferenceSchemaColumnsTests
{
    public static TheoryData<string> Datasets()
    {
        var data = new TheoryData<string>();
        foreach (var format in ReferenceFormats.All) data.Add(format.Dataset);
        return data;
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Columns_RegisteredFormat_MatchWarehouseTable(string dataset)
    {
        var format = ReferenceFormats.All.Single(f => f.Dataset == dataset);
        var tables = ReadTables();

        tables.ShouldContainKey(format.Table);
        format.Columns.ShouldBe(tables[format.Table]);
    }

    [Fact]
    public void All_Datasets_AreDistinct() =>
        ReferenceFormats.All.Select(f => f.Dataset).ShouldBeUnique();

    private static Dictionary<string, string[]> ReadTables()
    {
        var sql = File.ReadAllText(FindSchema());
        var tables = new Dictionary<string, string[]>();
        foreach (Match table in TablePattern().Matches(sql))
        {
            var body = CommentPattern().Replace(table.Groups["body"].Value, "");
            var columns = body.Split(',')
                .Select(c => c.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault())
                .Where(c => c is not null && c is not "source_id" and not "row" && !c.StartsWith("PRIMARY", StringComparison.Ordinal))
                .Select(c => c!)
                .ToArray();
            tables[table.Groups["name"].Value] = columns;
        }
        return tables;
    }

    private static string FindSchema()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "CodeBrief.Warehouse", "Schema", "reference.sql");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("src/CodeBrief.Warehouse/Schema/reference.sql not found above the test binary.");
    }

    [GeneratedRegex(@"CREATE TABLE IF NOT EXISTS (?<name>\w+) \((?<body>.*?)\);", RegexOptions.Singleline)]
    private static partial Regex TablePattern();

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex CommentPattern();
}
