using System.Globalization;
using CodeBrief.Core.Errors;
using Npgsql;

namespace CodeBrief.Warehouse.Postgres.Tests;

public sealed class PostgresBulkWriterTests
{
    private const long SourceId = 7;

    [PostgresFact]
    public void Write_100kRows_AllLandWithTheirValues()
    {
        using var table = new TestTable();
        var store = TestServer.Location;
        using (var connection = store.Open())
        using (var transaction = connection.BeginTransaction())
        {
            using var writer = PostgresBulkWriter.Begin(transaction, store, table.Name, TestTable.Columns);
            for (var row = 1; row <= 100_000; row++)
            {
                // Every tenth name is NULL; amounts run from -50000 up.
                var name = row % 10 == 0 ? null : "code " + row.ToString(CultureInfo.InvariantCulture);
                writer.Write([name, (row - 50_000).ToString(CultureInfo.InvariantCulture)], SourceId, row);
            }
            writer.RowsWritten.ShouldBe(100_000);
            writer.Complete().ShouldBe(100_000);
            transaction.Commit();
        }

        table.Count().ShouldBe(100_000);
        table.Scalar($"SELECT count(name) FROM \"{table.Name}\"").ShouldBe(90_000L);
        table.Scalar($"SELECT sum(amount) FROM \"{table.Name}\"").ShouldBe(100_000m * 100_001 / 2 - 50_000m * 100_000);
        table.Scalar($"SELECT name || '|' || amount || '|' || source_id FROM \"{table.Name}\" WHERE \"row\" = 4242").ShouldBe("code 4242|-45758|7");
        table.Scalar($"SELECT count(DISTINCT \"row\") FROM \"{table.Name}\"").ShouldBe(100_000L);
    }

    [PostgresFact]
    public void Complete_TransactionRolledBack_LeavesTheTableEmpty()
    {
        using var table = new TestTable();
        var store = TestServer.Location;
        using (var connection = store.Open())
        using (var transaction = connection.BeginTransaction())
        {
            using (var writer = PostgresBulkWriter.Begin(transaction, store, table.Name, TestTable.Columns))
            {
                for (var row = 1; row <= 1000; row++) writer.Write(["x", "1"], SourceId, row);
                writer.Complete().ShouldBe(1000);
            }
            transaction.Rollback();
        }

        table.Count().ShouldBe(0);
    }

    [PostgresFact]
    public void Dispose_WithoutComplete_CancelsTheCopy()
    {
        using var table = new TestTable();
        var store = TestServer.Location;
        using (var connection = store.Open())
        using (var transaction = connection.BeginTransaction())
        {
            using (var writer = PostgresBulkWriter.Begin(transaction, store, table.Name, TestTable.Columns))
            {
                writer.Write(["x", "1"], SourceId, 1);
            }
            transaction.Rollback();
        }

        table.Count().ShouldBe(0);
    }

    [PostgresFact]
    public void Write_BadRow_ThrowsArgumentExceptionAndTheCopyGoesOn()
    {
        using var table = new TestTable();
        var store = TestServer.Location;
        using (var connection = store.Open())
        using (var transaction = connection.BeginTransaction())
        {
            using var writer = PostgresBulkWriter.Begin(transaction, store, table.Name, TestTable.Columns);
            writer.Write(["a", "1"], SourceId, 1);
            Should.Throw<ArgumentException>(() => writer.Write(["b", "1.5"], SourceId, 2));
            Should.Throw<ArgumentException>(() => writer.Write(["b", "99999999999999999999"], SourceId, 2));
            Should.Throw<ArgumentException>(() => writer.Write(["b"], SourceId, 2));
            Should.Throw<ArgumentException>(() => writer.Write(["b", "1", "extra"], SourceId, 2));
            writer.Write(["c", null], SourceId, 3);
            writer.RowsWritten.ShouldBe(2);
            writer.Complete().ShouldBe(2);
            transaction.Commit();
        }

        table.Count().ShouldBe(2);
    }

    [PostgresFact]
    public void Write_ServerTerminatesTheConnection_ThrowsConnectionLostAndKeepsNoRows()
    {
        using var table = new TestTable();
        var store = TestServer.Location;
        SourceUnavailableException thrown;
        using (var connection = store.Open())
        using (var transaction = connection.BeginTransaction())
        {
            var pid = connection.ProcessID;
            using var writer = PostgresBulkWriter.Begin(transaction, store, table.Name, TestTable.Columns);
            for (var row = 1; row <= 1000; row++) writer.Write(["before", "1"], SourceId, row);

            using (var admin = TestServer.OpenAdmin())
            using (var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", admin))
            {
                terminate.Parameters.AddWithValue("pid", pid);
                terminate.ExecuteScalar().ShouldBe(true);
            }

            // The loss shows on some later write, once the buffered rows meet the closed socket, or at the latest in Complete.
            thrown = Should.Throw<SourceUnavailableException>(() =>
            {
                for (var row = 1001; row <= 10_000_000; row++) writer.Write(["after", "2"], SourceId, row);
                writer.Complete();
            });
        }

        PostgresErrors.Classify(thrown, PostgresActivity.Loading).ShouldBe(PostgresFailure.ConnectionLost);
        thrown.What.ShouldBe(store.Display);
        thrown.Message.ShouldContain(store.Display);
        table.Count().ShouldBe(0);
    }

    [PostgresFact]
    public void Begin_FinishedTransaction_ThrowsArgumentException()
    {
        using var table = new TestTable();
        var store = TestServer.Location;
        using var connection = store.Open();
        var transaction = connection.BeginTransaction();
        transaction.Commit();

        Should.Throw<ArgumentException>(() => PostgresBulkWriter.Begin(transaction, store, table.Name, TestTable.Columns));
    }

    [PostgresFact]
    public void Begin_MissingTable_ThrowsPostgresException()
    {
        // Not a store failure: a bug in the caller, left as Npgsql reports it.
        var store = TestServer.Location;
        using var connection = store.Open();
        using var transaction = connection.BeginTransaction();

        Should.Throw<PostgresException>(() => PostgresBulkWriter.Begin(transaction, store, "codebrief_no_such_table", TestTable.Columns))
            .SqlState.ShouldBe(PostgresErrorCodes.UndefinedTable);
    }

    [Fact]
    public void CopyCommand_QuotesEveryNameAndAppendsSourceIdAndRow()
    {
        PostgresBulkWriter.CopyCommand("hcpcs_codes", [PostgresColumn.Text("code"), PostgresColumn.Bigint("Units_2")])
            .ShouldBe("COPY \"hcpcs_codes\" (\"code\", \"Units_2\", \"source_id\", \"row\") FROM STDIN (FORMAT BINARY)");
    }

    [Theory]
    [InlineData("t; DROP TABLE x", "code")]
    [InlineData("t\"", "code")]
    [InlineData("1t", "code")]
    [InlineData("", "code")]
    [InlineData("schema.t", "code")]
    [InlineData("t", "code name")]
    [InlineData("t", "é")]
    [InlineData("t", "source_id")]
    [InlineData("t", "row")]
    [InlineData("t", "a234567890123456789012345678901234567890123456789012345678901234")]
    public void CopyCommand_BadOrReservedName_ThrowsArgumentException(string table, string column)
    {
        Should.Throw<ArgumentException>(() => PostgresBulkWriter.CopyCommand(table, [PostgresColumn.Text(column)]));
    }

    [Fact]
    public void CopyCommand_ColumnNamedTwice_ThrowsArgumentException()
    {
        Should.Throw<ArgumentException>(() => PostgresBulkWriter.CopyCommand("t", [PostgresColumn.Text("a"), PostgresColumn.Bigint("a")]));
    }
}
