namespace CodeBrief.Ingest.Tic;

/// <summary>
/// A stream that is only read, front to back: the base of the layers a payer file passes through (prefetch, hashing,
/// checking, owning). A derived stream implements <see cref="Read(Span{byte})"/>; everything else is fixed here.
/// </summary>
public abstract class ForwardReadStream : Stream
{
    /// <inheritdoc/>
    public abstract override int Read(Span<byte> buffer);

    /// <inheritdoc/>
    public sealed override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public sealed override bool CanRead => true;
    /// <inheritdoc/>
    public sealed override bool CanSeek => false;
    /// <inheritdoc/>
    public sealed override bool CanWrite => false;
    /// <inheritdoc/>
    public sealed override long Length => throw new NotSupportedException();
    /// <inheritdoc/>
    public sealed override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    /// <inheritdoc/>
    public sealed override void Flush() { }
    /// <inheritdoc/>
    public sealed override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    /// <inheritdoc/>
    public sealed override void SetLength(long value) => throw new NotSupportedException();
    /// <inheritdoc/>
    public sealed override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
