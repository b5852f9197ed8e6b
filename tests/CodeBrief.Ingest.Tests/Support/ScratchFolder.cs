using System.Text;

namespace CodeBrief.Ingest.Tests.Support;

/// <summary>A temporary folder for files a test writes (bad inputs); deleted on dispose.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "codebrief-ingest-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>Writes <paramref name="lines"/> joined with CRLF (and a final CRLF) as UTF-8 without BOM.</summary>
    public string WriteLines(string name, params string[] lines) =>
        WriteBytes(name, new UTF8Encoding(false).GetBytes(string.Join("\r\n", lines) + "\r\n"));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Copies a fixture under a new name.</summary>
    public string Copy(string source, string name)
    {
        var path = Path.Combine(Folder, name);
        File.Copy(source, path);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a scanner may hold a file; the OS temp cleaner removes it later */ }
    }
}
