namespace CodeBrief.Warehouse.Postgres;

/// <summary>The PostgreSQL types <see cref="PostgresBulkWriter"/> writes.</summary>
public enum PostgresColumnType
{
    /// <summary><c>text</c>: the value is written as it stands.</summary>
    Text,
    /// <summary><c>bigint</c>: the value is an integer in invariant culture (an optional leading minus, digits).</summary>
    Bigint,
}
