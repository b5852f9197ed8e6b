using System.Data.Common;
using CodeBrief.Warehouse.Relational;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite;

/// <summary>SQLite's part of the relational store: the schema files run as written, rows go through one prepared statement.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    public override string Ddl(string portable) => portable;

    public override bool TableExists(DbConnection connection, DbTransaction? transaction, string table) =>
        Sql.Long(connection, transaction, "SELECT COUNT(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name = @name", ("@name", table)) > 0;

    public override IRowInserter CreateInserter(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns) =>
        new SqliteRowInserter((SqliteConnection)connection, table, columns);
}
