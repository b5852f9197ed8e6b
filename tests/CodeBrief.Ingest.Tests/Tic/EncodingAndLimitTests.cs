using System.Text;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic;

namespace CodeBrief.Ingest.Tests.Tic;

/// <summary>Text that is not UTF-8, broken escapes and oversized tokens are input errors with a location, never crashes.</summary>
public sealed class EncodingAndLimitTests
{
    private static InputFormatException ReadFails(byte[] json)
    {
        var sink = new CollectingSink();
        return Should.Throw<InputFormatException>(() => new InNetworkReader("plan.json", CodeFilter.All, sink).Read(new MemoryStream(json)));
    }

    [Fact]
    public void Read_LoneSurrogateEscapeInPayerName_ThrowsBadEncodingWithPath()
    {
        var json = Encoding.UTF8.GetBytes(Fixtures.Quirky.Replace("\"Quirky Health\"", "\"Quirky \\ud800 Health\"", StringComparison.Ordinal));
        var e = ReadFails(json);
        e.Kind.ShouldBe(InputErrorKind.BadEncoding);
        e.Location.JsonPath.ShouldBe("$.reporting_entity_name");
    }

    /// <summary>Found by <see cref="TicFuzzTests"/> (cases 38 and 61 of seed 20260214): a half surrogate pair in a key crashed key matching.</summary>
    [Theory]
    [InlineData("\\udc00")]
    [InlineData("\\ud800x")]
    public void Read_LoneSurrogateEscapeInPropertyName_IsAnUnknownProperty(string escape)
    {
        var json = Encoding.UTF8.GetBytes(Fixtures.Quirky.Replace("\"version\"", "\"" + escape + "\"", StringComparison.Ordinal));
        var sink = new CollectingSink();
        var report = new InNetworkReader("plan.json", CodeFilter.All, sink).Read(new MemoryStream(json));
        report.Oddities.ShouldContain(o => o.Key == TicOddity.UnknownProperty);
    }

    [Fact]
    public void Read_Latin1PayerName_ThrowsBadEncodingAtTheByte()
    {
        var text = Fixtures.Quirky.Replace("Quirky Health", "M\u00fcller Health", StringComparison.Ordinal);
        var json = Encoding.Latin1.GetBytes(text);
        var e = ReadFails(json);
        e.Kind.ShouldBe(InputErrorKind.BadEncoding);
        e.Location.ByteOffset.ShouldBe(text.IndexOf('\u00fc', StringComparison.Ordinal));
        e.Location.JsonPath.ShouldBe("$.reporting_entity_name");
    }

    [Fact]
    public void Read_InvalidUtf8InsideEscapedString_ThrowsBadEncoding()
    {
        var text = Fixtures.Quirky.Replace("Quirky Health", "Q\\n\u00fc", StringComparison.Ordinal);
        ReadFails(Encoding.Latin1.GetBytes(text)).Kind.ShouldBe(InputErrorKind.BadEncoding);
    }

    [Fact]
    public void Read_TokenOverTheLimit_ThrowsTooLargeWithoutReadingTheRest()
    {
        var head = Encoding.UTF8.GetBytes("{\"reporting_entity_name\":\"");
        var stream = new EndlessStringStream(head);
        var e = Should.Throw<InputFormatException>(() => new InNetworkReader("big.json", CodeFilter.All, new CollectingSink()).Read(stream));
        e.Kind.ShouldBe(InputErrorKind.TooLarge);
        e.Location.ByteOffset.ShouldBe(head.Length - 1);
        e.Location.JsonPath.ShouldBe("$.reporting_entity_name");
        stream.Served.ShouldBeLessThan(3L * JsonBlockBuffer.MaxTokenBytes); // it stopped, not read on to the end
    }

    [Fact]
    public void Read_HugeStringInASkippedItem_IsSkippedWithoutLimit()
    {
        // Filtered-out items are scanned in place, so a large value there costs no memory and is no error.
        var big = new string('x', JsonBlockBuffer.MaxTokenBytes + 10);
        var json = Encoding.UTF8.GetBytes(Fixtures.Quirky.Replace("\"12/31/2025\"", "\"" + big + "\"", StringComparison.Ordinal));
        var sink = new CollectingSink();
        new InNetworkReader("plan.json", new CodeFilter(["CSTM-ALL"]), sink).Read(new MemoryStream(json)).Items.ShouldBe(3);
    }

    /// <summary>A prefix followed by 'a' bytes without end.</summary>
    private sealed class EndlessStringStream(byte[] head) : Stream
    {
        public long Served { get; private set; }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var span = buffer.AsSpan(offset, count);
            var i = 0;
            for (; i < span.Length && Served < head.Length; i++, Served++) span[i] = head[Served];
            span[i..].Fill((byte)'a');
            Served += span.Length - i;
            return span.Length;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
