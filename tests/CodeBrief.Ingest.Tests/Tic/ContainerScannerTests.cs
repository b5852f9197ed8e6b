using System.Text;
using System.Text.Json;
using CodeBrief.Ingest.Tic;

namespace CodeBrief.Ingest.Tests.Tic;

/// <summary>The skip scanner must end every container exactly where <see cref="Utf8JsonReader"/> does, wherever the input is cut into blocks.</summary>
public sealed class ContainerScannerTests
{
    /// <summary>Random nested JSON whose strings hold brackets, escaped quotes and backslashes: the cases a bracket count gets wrong.</summary>
    private static string RandomContainer(Random random, int depth)
    {
        var sb = new StringBuilder();
        var isArray = random.Next(2) == 0;
        sb.Append(isArray ? '[' : '{');
        var count = random.Next(0, 6);
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(',');
            if (!isArray) sb.Append('"').Append(RandomText(random)).Append("\":");
            var kind = depth > 3 ? random.Next(3) : random.Next(5);
            sb.Append(kind switch
            {
                0 => "\"" + RandomText(random) + "\"",
                1 => random.Next(100000).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".25",
                2 => "null",
                _ => RandomContainer(random, depth + 1),
            });
        }
        sb.Append(isArray ? ']' : '}');
        return sb.ToString();
    }

    private static string RandomText(Random random)
    {
        string[] pieces = ["a", "[", "]", "{", "}", "\\\"", "\\\\", "\\n", "x y", "é", "\\u005b"];
        var sb = new StringBuilder();
        for (var n = random.Next(0, 8); n > 0; n--) sb.Append(pieces[random.Next(pieces.Length)]);
        return sb.ToString();
    }

    private static int ExpectedEnd(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        reader.Skip();
        return (int)reader.TokenStartIndex;
    }

    /// <summary>Scans everything after the opening bracket in blocks of <paramref name="block"/> bytes.</summary>
    private static int ScannedEnd(byte[] json, int block)
    {
        var state = new ContainerScanState { Depth = 1 };
        for (var start = 1; start < json.Length; start += block)
        {
            var length = Math.Min(block, json.Length - start);
            var end = ContainerScanner.FindClose(json.AsSpan(start, length), ref state);
            if (end >= 0) return start + end;
        }
        return -1;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void FindClose_RandomContainersInAnyBlocks_EndsWhereTheReaderDoes(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 300; n++)
        {
            // Padding after the container checks that the scan stops at its end, not at the end of the data.
            var json = Encoding.UTF8.GetBytes(RandomContainer(random, 0) + " [\"after\"]");
            var expected = ExpectedEnd(json);
            foreach (var block in new[] { 1, 7, 63, 64, 65, 4096 })
                ScannedEnd(json, block).ShouldBe(expected, $"block {block}: {Encoding.UTF8.GetString(json)}");
        }
    }

    [Fact]
    public void FindClose_UnclosedContainer_ReturnsMinusOneAndKeepsDepth()
    {
        var state = new ContainerScanState { Depth = 1 };
        var data = Encoding.UTF8.GetBytes(new string(' ', 100) + "[{\"a\":\"]}\"");
        ContainerScanner.FindClose(data, ref state).ShouldBe(-1);
        state.Depth.ShouldBe(3);
        state.InString.ShouldBeFalse();
    }
}
