using Parquet;
using Parquet.Schema;

namespace CodeBrief.Warehouse.Lake;

/// <summary>One Parquet file being written row group by row group (zstd), so memory holds one row group at most.</summary>
internal sealed class ParquetTableWriter : IDisposable
{
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;

    public ParquetTableWriter(string path, ParquetSchema schema)
    {
        Schema = schema;
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        try
        {
            // zstd at its fastest level: measured on 1M rates, 1.6 s of CPU and 10.6 MB against 14.8 s and 6.5 MB at the default level.
            var options = new ParquetOptions
            {
                CompressionMethod = CompressionMethod.Zstd, CompressionLevel = System.IO.Compression.CompressionLevel.Fastest, UseDateOnlyTypeForDates = true,
            };
            // Parquet.Net's API is asynchronous; the reader's sink is not, and nothing else runs on this thread meanwhile.
            _writer = ParquetWriter.CreateAsync(schema, _stream, options).GetAwaiter().GetResult();
        }
        catch
        {
            _stream.Dispose();
            throw;
        }
    }

    public ParquetSchema Schema { get; }

    /// <summary>Rows written so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Writes one row group; <paramref name="write"/> writes each column of <see cref="Schema"/> in order.</summary>
    public void RowGroup(int rows, Func<ParquetRowGroupWriter, Task> write)
    {
        if (rows == 0) return;
        using var group = _writer.CreateRowGroup();
        write(group).GetAwaiter().GetResult();
        Rows += rows;
    }

    /// <summary>Writes the footer and closes the file.</summary>
    public void Dispose()
    {
        try
        {
            _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            _stream.Dispose();
        }
    }
}
