using System.Net;

namespace CodeBrief.Sources.Tests;

/// <summary>
/// Answers HTTP requests from a table: bytes for a URL, an exception, a body that breaks off after its first bytes, or 404
/// for anything else.
/// </summary>
internal sealed class FakeHandler : HttpMessageHandler
{
    public Dictionary<Uri, byte[]> Bodies { get; } = [];
    public Dictionary<Uri, Exception> Failures { get; } = [];
    public HashSet<Uri> BrokenBodies { get; } = [];
    public List<Uri> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!; // HttpClient always sets it for GetAsync(Uri)
        Requests.Add(url);
        if (Failures.TryGetValue(url, out var failure)) throw failure;
        if (BrokenBodies.Contains(url)) return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new BrokenStream()) });
        return Task.FromResult(Bodies.TryGetValue(url, out var body)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) }
            : new HttpResponseMessage(HttpStatusCode.NotFound));
    }

    /// <summary>Gives 100 bytes, then fails the way a reset connection does.</summary>
    private sealed class BrokenStream : Stream
    {
        private bool _served;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_served) throw new IOException("Connection reset by peer");
            _served = true;
            var n = Math.Min(count, 100);
            Array.Fill(buffer, (byte)'x', offset, n);
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
