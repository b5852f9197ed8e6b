namespace CodeBrief.Ingest.Tic;

/// <summary>
/// Reads a file front to back and fails when the file changes under the reader: its length or last-write time differs
/// from when it was opened, checked at the end and every 64 MiB. A download still being written, or a file replaced in
/// place, would otherwise load a mixture of two files under one content hash.
/// </summary>
internal sealed class StableFileStream : ForwardReadStream
{
    private const long CheckEvery = 64L << 20;
    private readonly FileStream _file;
    private readonly string _name;
    private readonly long _length;
    private readonly DateTime _written;
    private long _read;
    private long _nextCheck = CheckEvery;
    private readonly Action<long>? _progress;

    /// <param name="file">The file, at its start.</param>
    /// <param name="name">The name messages use.</param>
    /// <param name="progress">Told the bytes of the file read so far after each read (on the reading thread), for progress bars.</param>
    public StableFileStream(FileStream file, string name, Action<long>? progress = null)
    {
        _file = file;
        _name = name;
        _progress = progress;
        _length = file.Length;
        _written = File.GetLastWriteTimeUtc(file.Name);
    }

    public override int Read(Span<byte> buffer)
    {
        var n = _file.Read(buffer);
        _read += n;
        _progress?.Invoke(_read);
        if (n == 0 || _read >= _nextCheck)
        {
            _nextCheck = _read + CheckEvery;
            Check();
        }
        return n;
    }

    /// <summary>Fails when the file differs from when it was opened.</summary>
    public void Check()
    {
        if (RandomAccess.GetLength(_file.SafeFileHandle) != _length || File.GetLastWriteTimeUtc(_file.Name) != _written)
            ThrowHelper.FileChanged(_name, _read);
    }

    /// <summary>
    /// Wraps the decompressed stream read from this file so that its end checks the file once more: a decompressor may
    /// stop at the end of its data without reading the file to its end.
    /// </summary>
    public Stream CheckedAtEnd(Stream decompressed) => new EndCheck(decompressed, this);

    private sealed class EndCheck(Stream inner, StableFileStream file) : ForwardReadStream
    {
        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            if (n == 0 && buffer.Length > 0) file.Check();
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _file.Dispose();
        base.Dispose(disposing);
    }
}
