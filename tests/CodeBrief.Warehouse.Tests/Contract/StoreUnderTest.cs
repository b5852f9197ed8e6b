using System.Globalization;

namespace CodeBrief.Warehouse.Tests;

/// <summary>
/// One engine's store for the contract suite: a fresh, empty warehouse per instance (a SQLite file in a temporary home, or
/// a new PostgreSQL database on the test cluster), opened through the engine, plus a side door for assertions and for
/// arranging rows, in the SQL both engines share (<c>@name</c> parameters).
/// </summary>
public abstract class StoreUnderTest : IDisposable
{
    private readonly TempHome _home = new();

    /// <summary>The home folder (reject reports, test files).</summary>
    public string Home => _home.Path;

    /// <summary>A folder for the files a test writes.</summary>
    public string Files => _home.Files;

    /// <summary>The engine's name, for messages.</summary>
    public abstract string Engine { get; }

    /// <summary>Opens the warehouse through the engine.</summary>
    public abstract IWarehouse Open(WarehouseAccess access = WarehouseAccess.ReadWrite, TimeProvider? time = null);

    /// <summary>Runs SQL on a side connection and returns every row (values as the provider gives them, DBNull as null).</summary>
    public abstract List<object?[]> Query(string sql, params (string Name, object? Value)[] parameters);

    /// <summary>Every row a reader returns, values as the provider gives them and DBNull as null.</summary>
    protected static List<object?[]> ReadAll(System.Data.Common.DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Runs a statement on a side connection.</summary>
    public void Execute(string sql, params (string Name, object? Value)[] parameters) => Query(sql, parameters);

    /// <summary>The first column of the first row as a 64-bit integer.</summary>
    public long Long(string sql, params (string Name, object? Value)[] parameters) =>
        Convert.ToInt64(Query(sql, parameters)[0][0], CultureInfo.InvariantCulture);

    /// <summary>The rows of <c>nucc_taxonomy</c> the fake format writes, in storage order.</summary>
    public List<(string Code, string? Grouping, long SourceId, long Row)> NuccRows() =>
        [.. Query("""SELECT code, "grouping", source_id, row FROM nucc_taxonomy ORDER BY source_id, row""")
            .Select(r => ((string)r[0]!, (string?)r[1], Convert.ToInt64(r[2], CultureInfo.InvariantCulture), Convert.ToInt64(r[3], CultureInfo.InvariantCulture)))];

    /// <summary>The codes in <c>nucc_taxonomy</c> of sources with <paramref name="status"/>, in storage order.</summary>
    public List<string> NuccCodesOf(string status) =>
        [.. Query("SELECT t.code FROM nucc_taxonomy t JOIN sources s ON s.id = t.source_id WHERE s.status = @status ORDER BY t.source_id, t.row",
            ("@status", status)).Select(r => (string)r[0]!)];

    /// <summary>Every <c>sources</c> row, whatever its status, by id.</summary>
    public List<SourceRecord> Sources() =>
        [.. Query("SELECT id, dataset, publisher, file_name, version, sha256, rows_loaded, rows_rejected, loaded_at, status, is_synthetic, effective_date FROM sources ORDER BY id")
            .Select(r => new SourceRecord(Convert.ToInt64(r[0], CultureInfo.InvariantCulture), (string)r[1]!, (string)r[2]!, (string)r[3]!, (string)r[4]!,
                (string)r[5]!, Convert.ToInt64(r[6], CultureInfo.InvariantCulture), Convert.ToInt64(r[7], CultureInfo.InvariantCulture),
                DateTimeOffset.Parse((string)r[8]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                (string)r[9]!, Convert.ToInt64(r[10], CultureInfo.InvariantCulture) != 0,
                r[11] is string date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null))];

    /// <summary>Drops the store and deletes the home.</summary>
    public void Dispose()
    {
        Dispose(true);
        _home.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Drops what the engine created.</summary>
    protected virtual void Dispose(bool disposing) { }
}
