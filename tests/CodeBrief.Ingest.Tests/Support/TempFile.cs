using System.Text;

namespace CodeBrief.Ingest.Tests.Support;

/// <summary>A small input file written to a fresh temp folder under the given name, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private readonly string _folder;

    private TempFile(string name, byte[] bytes)
    {
        _folder = Directory.CreateTempSubdirectory("codebrief-ingest-").FullName;
        Path = System.IO.Path.Combine(_folder, name);
        File.WriteAllBytes(Path, bytes);
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>Writes <paramref name="lines"/> joined with CRLF (as CMS publishes), ending with CRLF unless <paramref name="finalNewline"/> is false.</summary>
    public static TempFile Lines(string name, bool finalNewline, params string[] lines) =>
        new(name, Encoding.ASCII.GetBytes(string.Join("\r\n", lines) + (finalNewline ? "\r\n" : "")));

    /// <summary>Writes <paramref name="lines"/> joined with CRLF and ending with CRLF.</summary>
    public static TempFile Lines(string name, params string[] lines) => Lines(name, true, lines);

    /// <summary>Writes raw bytes.</summary>
    public static TempFile Bytes(string name, byte[] bytes) => new(name, bytes);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
