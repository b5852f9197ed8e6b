namespace CodeBrief.Ingest.Tic;

/// <summary>A read-only stream that also disposes the object it was opened from (a zip archive for its entry).</summary>
internal sealed class OwningStream(Stream inner, IDisposable owner) : ForwardReadStream
{
    public override int Read(Span<byte> buffer) => inner.Read(buffer);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            owner.Dispose();
        }
        base.Dispose(disposing);
    }
}
