namespace CodeBrief.Warehouse.Postgres;

/// <summary>One column a <see cref="PostgresBulkWriter"/> fills: its name and type.</summary>
/// <param name="Name">The column name: ASCII letters, digits and underscores, not starting with a digit (checked by
/// <see cref="PostgresBulkWriter.Begin"/>). It is quoted in SQL, so case matters.</param>
/// <param name="Type">The column's PostgreSQL type.</param>
public readonly record struct PostgresColumn(string Name, PostgresColumnType Type)
{
    /// <summary>A <c>text</c> column.</summary>
    public static PostgresColumn Text(string name) => new(name, PostgresColumnType.Text);

    /// <summary>A <c>bigint</c> column.</summary>
    public static PostgresColumn Bigint(string name) => new(name, PostgresColumnType.Bigint);
}
