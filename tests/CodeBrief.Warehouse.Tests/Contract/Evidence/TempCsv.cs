namespace CodeBrief.Warehouse.Tests.Evidence;

/// <summary>A small CSV written with CRLF line ends to a fresh temp folder, deleted on dispose.</summary>
public sealed class TempCsv : IDisposable
{
    private readonly string _folder;

    public TempCsv(string name, params string[] lines)
    {
        _folder = Directory.CreateTempSubdirectory("codebrief-evidence-").FullName;
        Path = System.IO.Path.Combine(_folder, name);
        File.WriteAllText(Path, string.Join("\r\n", lines) + "\r\n");
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
