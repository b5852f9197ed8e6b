using System.Data.Common;

namespace CodeBrief.Warehouse.Relational;

/// <summary>
/// What an engine adds to the shared relational store: its DDL spelling, its bulk-insert path and its error translation.
/// Everything else (queries, loads, versions) is written once, in the SQL that SQLite and PostgreSQL share.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>Rewrites a portable schema file (<c>Schema/*.sql</c>, written in SQLite's spelling of the shared subset) for this engine.</summary>
    public abstract string Ddl(string portable);

    /// <summary>True when <paramref name="table"/> exists in the store.</summary>
    public abstract bool TableExists(DbConnection connection, DbTransaction? transaction, string table);

    /// <summary>The fastest way this engine has to append rows to <paramref name="table"/> inside <paramref name="transaction"/>.</summary>
    public abstract IRowInserter CreateInserter(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns);

    /// <summary>
    /// The CodeBrief exception for an engine failure (store unreachable, gone mid-load, wrong password), or null when the
    /// failure is a bug to report as it is.
    /// </summary>
    public virtual Exception? Translate(Exception exception, string display) => null;
}
