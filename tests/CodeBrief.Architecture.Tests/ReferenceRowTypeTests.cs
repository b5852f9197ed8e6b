using System.Text.RegularExpressions;
using CodeBrief.Core.Provenance;
using CodeBrief.Ingest.Reference;
using CodeBrief.Warehouse.Tables;

namespace CodeBrief.Architecture.Tests;

/// <summary>
/// One dataset, one row type, one table map: every registered format yields a record that carries its
/// <see cref="SourceRef"/>, the warehouse has a map for that record, and every map's columns are columns of its table
/// in the schema files (<c>src/CodeBrief.Warehouse/Schema/*.sql</c>).
/// </summary>
public sealed partial class ReferenceRowTypeTests
{
    public static TheoryData<string> Datasets()
    {
        var data = new TheoryData<string>();
        foreach (var format in ReferenceFormats.All) data.Add(format.Dataset);
        return data;
    }

    public static TheoryData<string> Tables()
    {
        var data = new TheoryData<string>();
        foreach (var map in TableMaps.All) data.Add(map.Table);
        return data;
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Format_RowType_IsARecordWithASourceRef(string dataset)
    {
        var format = ReferenceFormats.All.Single(f => f.Dataset == dataset);
        var generic = format.GetType().GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReferenceFormat<>)).ShouldHaveSingleItem();

        generic.GetGenericArguments()[0].ShouldBe(format.RowType);
        format.RowType.GetProperties().ShouldContain(p => p.PropertyType == typeof(SourceRef),
            $"{format.RowType.Name} ({dataset}) has no SourceRef property.");
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Format_RowType_HasATableMap(string dataset)
    {
        var format = ReferenceFormats.All.Single(f => f.Dataset == dataset);

        TableMaps.Find(format.RowType).ShouldNotBeNull($"No table map in TableMaps writes {format.RowType.Name} ({dataset}).");
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void TableMap_Columns_ExistInTheSchema(string table)
    {
        var map = TableMaps.All.Single(m => m.Table == table);
        var schema = SchemaTables();

        schema.ShouldContainKey(map.Table);
        map.Columns.Except(schema[map.Table], StringComparer.Ordinal).ShouldBeEmpty($"columns of {map.RowType.Name}'s map that table {table} lacks");
    }

    [Fact]
    public void TableMaps_EachRowTypeAndTable_RegisteredOnce()
    {
        TableMaps.All.Select(m => m.RowType).ShouldBeUnique();
        TableMaps.All.Select(m => m.Table).ShouldBeUnique();
    }

    private static Dictionary<string, string[]> SchemaTables()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "CodeBrief.Warehouse", "Schema");
        var sql = string.Concat(Directory.GetFiles(folder, "*.sql").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var tables = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (Match table in TablePattern().Matches(sql))
        {
            var body = CommentPattern().Replace(table.Groups["body"].Value, "");
            tables[table.Groups["name"].Value] = [.. body.Split(',').Select(c => c.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault())
                .OfType<string>()];
        }
        return tables;
    }

    [GeneratedRegex(@"CREATE TABLE IF NOT EXISTS (?<name>\w+) \((?<body>.*?)\);", RegexOptions.Singleline)]
    private static partial Regex TablePattern();

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex CommentPattern();
}
