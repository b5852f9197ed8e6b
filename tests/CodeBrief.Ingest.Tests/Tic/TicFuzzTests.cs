using System.Text;
using CodeBrief.Core.Errors;
using CodeBrief.Ingest.Tic;
using CodeBrief.Ingest.Tic.Synthetic;
using CodeBrief.Testing;

namespace CodeBrief.Ingest.Tests.Tic;

/// <summary>
/// Seeded fuzzing of the TiC stream layer and readers in the normal test run: random cuts, bit flips, byte
/// insertions, broken escapes, deep nesting and oversized tokens over real, CMS example and synthetic files, plain and
/// gzip. A case may load or fail with a <see cref="CodeBriefException"/>; any other exception fails the test with the
/// case number, which replays it. Each crash found here becomes a named test in <see cref="EncodingAndLimitTests"/> or
/// <see cref="TicStreamsIntegrityTests"/>.
/// </summary>
public sealed class TicFuzzTests : IDisposable
{
    private const int Cases = 400;
    private const int Seed = 20260214;
    private readonly string _folder = Directory.CreateTempSubdirectory("codebrief-tic-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<(string Name, byte[] Json, bool Allowed)> Corpus()
    {
        var corpus = new List<(string, byte[], bool)> { ("quirky", Encoding.UTF8.GetBytes(Fixtures.Quirky), false) };
        var examples = SharedData.Path("tic_mrf", "cms_price_transparency_guide", "v2.2.0", "examples");
        foreach (var name in new[] { "in-network-rates-all-negotiated-types-sample.json", "in-network-rates-bundle-single-plan-sample.json" })
            corpus.Add((name, File.ReadAllBytes(Path.Combine(examples, "in-network-rates", name)), false));
        corpus.Add(("allowed", File.ReadAllBytes(Path.Combine(examples, "allowed-amounts", "allowed-amounts-single-plan-sample.json")), true));
        using (var real = TicStreams.Open(SharedData.Path("tic_mrf", "real_payer_files", "carefirst_in-network_examplefile.json.gz"), prefetch: false))
        {
            var ms = new MemoryStream();
            real.CopyTo(ms);
            var bytes = ms.ToArray();
            corpus.Add(("carefirst", bytes.Length > 200_000 ? bytes[..200_000] : bytes, false)); // a cut real file is a case of its own
        }
        foreach (var major in new[] { 1, 2 })
        {
            var path = Path.Combine(_folder, $"synth{major}.json");
            TicSynthesizer.Write(new SynthOptions("Fuzz Payer", ["99213", "0689T"], 30_000, major), path);
            corpus.Add(($"synth{major}", File.ReadAllBytes(path), false));
        }
        return corpus;
    }

    [Fact]
    public void Read_MutatedFiles_ThrowOnlyCodeBriefExceptions()
    {
        var corpus = Corpus();
        var crashes = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var random = new Random(Seed + i);
            var (name, json, allowed) = corpus[random.Next(corpus.Count)];
            var gzip = random.Next(4) == 0;
            var bytes = gzip ? TicStreamsIntegrityTests.Gzip(json) : json;
            var mutation = random.Next(7);
            bytes = Mutate(bytes, mutation, random);
            var path = Path.Combine(_folder, $"case{i}" + (gzip ? ".json.gz" : ".json"));
            File.WriteAllBytes(path, bytes);
            var filter = random.Next(3) == 0 ? new CodeFilter(["99213", "0689T", "21"]) : CodeFilter.All;
            try
            {
                using var stream = TicStreams.Open(path, prefetch: random.Next(2) == 0);
                if (allowed) new AllowedAmountsReader(name, filter).Read(stream, []);
                else new InNetworkReader(name, filter, new CollectingSink()).Read(stream);
            }
            catch (CodeBriefException)
            {
                // A clear input error is a correct answer to a damaged file.
            }
            catch (Exception e)
            {
                crashes.Add($"case {i} ({name}, mutation {mutation}, gzip {gzip}): {e.GetType().Name}: {e.Message}");
            }
        }
        crashes.ShouldBeEmpty();
    }

    private static byte[] Mutate(byte[] bytes, int mutation, Random random)
    {
        var at = random.Next(bytes.Length + 1);
        switch (mutation)
        {
            case 0: // a random cut
                return bytes[..at];
            case 1: // bit flips
                var copy = (byte[])bytes.Clone();
                for (var n = random.Next(1, 5); n > 0 && copy.Length > 0; n--) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
                return copy;
            case 2: // deep nesting
                var depth = random.Next(50, 5000);
                return [.. bytes[..at], .. Encoding.ASCII.GetBytes(new string(random.Next(2) == 0 ? '[' : '{', depth)), .. bytes[at..]];
            case 3: // an oversized token (a few MiB: past the first buffer, so the buffer grows)
                var big = new byte[random.Next(1, 4) << 20];
                big.AsSpan().Fill((byte)(random.Next(2) == 0 ? 'x' : '7'));
                return [.. bytes[..at], .. big, .. bytes[at..]];
            case 4: // broken escapes and non-UTF-8 bytes inside a string
                var insert = random.Next(4) switch { 0 => "\\ud800", 1 => "\\udc00x", 2 => "\\u12", _ => "\\" };
                var quote = bytes.AsSpan(at).IndexOf((byte)'"');
                var pos = quote < 0 ? at : at + quote + 1;
                byte[] junk = random.Next(2) == 0 ? Encoding.ASCII.GetBytes(insert) : [(byte)random.Next(0x80, 0x100)];
                return [.. bytes[..pos], .. junk, .. bytes[pos..]];
            case 5: // a segment repeated
                var length = Math.Min(random.Next(1, 200), bytes.Length - at);
                return [.. bytes[..(at + length)], .. bytes[at..(at + length)], .. bytes[(at + length)..]];
            default: // random bytes
                var noise = new byte[random.Next(1, 16)];
                random.NextBytes(noise);
                return [.. bytes[..at], .. noise, .. bytes[at..]];
        }
    }
}
