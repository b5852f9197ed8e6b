using System.Buffers.Binary;
using System.IO.Compression;
using CodeBrief.Core.Errors;

namespace CodeBrief.Ingest.Tic;

/// <summary>
/// Opens a TiC file (plain <c>.json</c>, <c>.json.gz</c>, a <c>.zip</c> holding one JSON entry, or one entry of a zip
/// named <c>ARCHIVE.zip!ENTRY</c>) as decompressed bytes, with the compressed data's integrity checked.
/// </summary>
/// <remarks>
/// Every integrity failure is an <see cref="InputFormatException"/> naming the file and the decompressed offset: a gzip
/// whose CRC-32 or length does not match or whose trailer is missing (<see cref="CheckedStream"/>), a damaged or
/// incomplete zip, a zip entry that does not check. A zip with several JSON entries is refused by <see cref="Open"/>
/// with their names; <see cref="Expand"/> lists them as <c>ARCHIVE.zip!ENTRY</c> paths so each loads on its own.
/// </remarks>
public static class TicStreams
{
    /// <summary>Separates a zip archive's path from the entry to read: <c>rates.zip!plans/a.json</c>.</summary>
    public const char EntrySeparator = '!';

    /// <summary>
    /// Opens the file; with <paramref name="prefetch"/>, decompression (and hashing) runs on a background thread
    /// (<see cref="PrefetchStream"/>) so the caller's parse runs on another core.
    /// </summary>
    /// <param name="path">A file path, or <c>ARCHIVE.zip!ENTRY</c>.</param>
    /// <param name="prefetch">Read on a background thread.</param>
    /// <param name="hash">When given, every decompressed byte is hashed into it as it is read.</param>
    /// <param name="progress">When given, told the bytes of the file (as stored, compressed) read so far; not for zip entries.</param>
    public static Stream Open(string path, bool prefetch = true, ContentHash? hash = null, Action<long>? progress = null)
    {
        var (archive, entryName) = Split(path);
        if (!File.Exists(archive)) throw new SourceUnavailableException(archive, $"{archive}: file not found.");
        var name = DisplayName(path);
        var file = new FileStream(archive, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Stream stream;
        try
        {
            if (entryName is null && IsGzip(file))
            {
                var stable = new StableFileStream(file, name, progress);
                stream = stable.CheckedAtEnd(new CheckedStream(new GZipStream(stable, CompressionMode.Decompress), name, gzip: true, TrailerLength(file)));
            }
            else if (entryName is not null || archive.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                stream = OpenEntry(file, archive, entryName, name);
            else
                stream = new StableFileStream(file, name, progress);
        }
        catch
        {
            file.Dispose();
            throw;
        }
        if (hash is not null) stream = new HashingStream(stream, hash);
        return prefetch && (hash is not null || stream is not StableFileStream) ? new PrefetchStream(stream) : stream;
    }

    /// <summary>True when <paramref name="path"/> (a file or <c>ARCHIVE.zip!ENTRY</c>) names an existing file.</summary>
    public static bool Exists(string path) => File.Exists(Split(path).Archive);

    /// <summary>The name messages use: the file name, or <c>archive.zip!entry.json</c>.</summary>
    public static string DisplayName(string path)
    {
        var (archive, entry) = Split(path);
        return entry is null ? Path.GetFileName(archive) : Path.GetFileName(archive) + EntrySeparator + entry;
    }

    /// <summary>
    /// The paths to load for <paramref name="path"/>: the path itself, or for a zip with more than one JSON entry one
    /// <c>ARCHIVE.zip!ENTRY</c> path per entry, in archive order.
    /// </summary>
    public static IReadOnlyList<string> Expand(string path)
    {
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || !File.Exists(path)) return [path];
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var entries = JsonEntries(zip);
            return entries.Count <= 1 ? [path] : [.. entries.Select(e => path + EntrySeparator + e.FullName)];
        }
        catch (InvalidDataException)
        {
            return [path]; // the load of the path itself reports the damage
        }
    }

    private static (string Archive, string? Entry) Split(string path)
    {
        var at = path.IndexOf(".zip" + EntrySeparator, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? (path, null) : (path[..(at + 4)], path[(at + 5)..]);
    }

    private static Stream OpenEntry(FileStream file, string archive, string? entryName, string name)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(file, ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            ThrowHelper.Corrupt(name, "expected a zip archive, found a damaged or incomplete one (its central directory does not read)", 0, e);
            throw; // not reached
        }
        try
        {
            var jsons = JsonEntries(zip);
            ZipArchiveEntry entry;
            if (entryName is not null)
            {
                entry = zip.GetEntry(entryName)
                    ?? throw new SourceUnavailableException(archive, $"{name}: the archive holds no entry \"{entryName}\".");
            }
            else if (jsons.Count == 1) entry = jsons[0];
            else if (jsons.Count == 0) throw new InputFormatException(name, InputErrorKind.UnknownFormat, "expected a zip archive with a .json entry, found none");
            else
            {
                throw new InputFormatException(name, InputErrorKind.UnknownFormat,
                    $"expected a zip archive with one .json entry, found {jsons.Count} ({string.Join(", ", jsons.Take(5).Select(e => e.FullName))}{(jsons.Count > 5 ? ", …" : "")})",
                    fix: $"Ingest each entry as {Path.GetFileName(archive)}{EntrySeparator}ENTRY; `codebrief ingest` does this for a zip it is given.");
            }
            return new CheckedStream(new OwningStream(entry.Open(), zip), name, entry.Crc32, entry.Length);
        }
        catch (InvalidDataException e)
        {
            zip.Dispose();
            ThrowHelper.Corrupt(name, "expected a readable zip entry, found a damaged one", 0, e);
            throw; // not reached
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    private static List<ZipArchiveEntry> JsonEntries(ZipArchive zip) =>
        [.. zip.Entries.Where(e => e.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))];

    private static bool IsGzip(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var n = file.Read(magic);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    /// <summary>The ISIZE of the gzip trailer: the file's last four bytes, little-endian; null when the file cannot hold a header and a trailer.</summary>
    private static uint? TrailerLength(FileStream file)
    {
        var length = file.Length;
        if (length < 18) return null;
        Span<byte> tail = stackalloc byte[4];
        if (RandomAccess.Read(file.SafeFileHandle, tail, length - 4) != 4) return null;
        return BinaryPrimitives.ReadUInt32LittleEndian(tail);
    }
}
