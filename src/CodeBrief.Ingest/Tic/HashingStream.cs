namespace CodeBrief.Ingest.Tic;

/// <summary>Passes reads through and feeds every byte to a <see cref="ContentHash"/>.</summary>
internal sealed class HashingStream(Stream inner, ContentHash hash) : ForwardReadStream
{

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        if (n > 0) hash.Append(buffer[..n]);
        else if (buffer.Length > 0) hash.End();
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
