using CodeBrief.Core.Errors;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Web.Data;

/// <summary>
/// Opens the warehouse for reading only (<c>Mode=ReadOnly</c>): the server and the exporter can never change it.
/// Thread-safe: each call opens its own pooled connection.
/// </summary>
public sealed class WarehouseReader
{
    private readonly string _connectionString;

    /// <summary>Checks that <paramref name="path"/> exists and remembers it.</summary>
    /// <exception cref="SourceUnavailableException">The file is missing.</exception>
    public WarehouseReader(string path)
    {
        if (!File.Exists(path))
            throw new SourceUnavailableException(path, $"{path}: no warehouse here. Load data first (`codebrief load …`), or pass --home to the folder that has warehouse.db.");
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
    }

    /// <summary>Full path of the warehouse file.</summary>
    public string Path { get; }

    /// <summary>Opens a read-only connection; the caller disposes it.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
