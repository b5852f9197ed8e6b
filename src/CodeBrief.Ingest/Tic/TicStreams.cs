using System.IO.Compression;
using CodeBrief.Core.Errors;

namespace CodeBrief.Ingest.Tic;

/// <summary>Opens a TiC file (plain <c>.json</c>, <c>.json.gz</c> or the first JSON entry of a <c>.zip</c>) as decompressed bytes.</summary>
public static class TicStreams
{
    /// <summary>
    /// Opens the file; compressed files are decompressed on a background thread (<see cref="PrefetchStream"/>) so the
    /// caller's parse runs on another core.
    /// </summary>
    public static Stream Open(string path, bool prefetch = true)
    {
        if (!File.Exists(path)) throw new SourceUnavailableException(path, $"{path}: file not found.");
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Stream stream;
        if (IsGzip(file))
        {
            stream = new GZipStream(file, CompressionMode.Decompress);
        }
        else if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var zip = new ZipArchive(file, ZipArchiveMode.Read);
            ZipArchiveEntry? entry = null;
            foreach (var e in zip.Entries)
                if (e.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) { entry = e; break; }
            if (entry is null)
            {
                zip.Dispose();
                throw new InputFormatException(path, InputErrorKind.UnknownFormat, "the zip archive holds no .json entry");
            }
            stream = new OwningStream(entry.Open(), zip);
        }
        else
        {
            return file;
        }
        return prefetch ? new PrefetchStream(stream) : stream;
    }

    private static bool IsGzip(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var n = file.Read(magic);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }
}
