namespace CodeBrief.Warehouse.Tests;

/// <summary>Reads back what the loader wrote, for assertions.</summary>
internal static class WarehouseQuery
{
    public static List<(string Code, string? Grouping, long SourceId, long Row)> Rows(WarehouseDb db)
    {
        using var command = db.Connection.CreateCommand();
        command.CommandText = "SELECT code, grouping, source_id, row FROM nucc_taxonomy ORDER BY source_id, row";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string?, long, long)>();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
        return rows;
    }

    public static List<SourceRecord> Sources(WarehouseDb db)
    {
        using var command = db.Connection.CreateCommand();
        command.CommandText = "SELECT id, dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status FROM sources ORDER BY id";
        using var reader = command.ExecuteReader();
        var sources = new List<SourceRecord>();
        while (reader.Read()) sources.Add(ReferenceLoader.ReadSource(reader));
        return sources;
    }
}
