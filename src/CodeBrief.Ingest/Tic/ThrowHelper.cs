using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using CodeBrief.Core.Errors;

namespace CodeBrief.Ingest.Tic;

/// <summary>
/// Throw sites of the TiC readers, kept out of the token loop so hot methods stay small (the System.Text.Json pattern).
/// </summary>
internal static class ThrowHelper
{
    /// <summary>A value of the wrong JSON type for its property.</summary>
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void WrongType(string file, string property, string expected, string found, string path, long offset) =>
        throw new InputFormatException(file, InputErrorKind.WrongType, $"expected {expected} for \"{property}\"",
            new InputLocation(JsonPath: path, ByteOffset: offset), found: InputFormatException.Quote(found));

    /// <summary>A required property is absent.</summary>
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void MissingField(string file, string property, string path, long offset) =>
        throw new InputFormatException(file, InputErrorKind.MissingField, $"the required property \"{property}\" is missing",
            new InputLocation(JsonPath: path, ByteOffset: offset), fix: "The file does not follow the CMS Transparency-in-Coverage schema; ask the publisher for a corrected file.");

    /// <summary>A value of the right type but an impossible shape.</summary>
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void MalformedValue(string file, string problem, string found, string path, long offset) =>
        throw new InputFormatException(file, InputErrorKind.MalformedValue, problem,
            new InputLocation(JsonPath: path, ByteOffset: offset), found: InputFormatException.Quote(found));

    /// <summary>The data ends before the JSON is complete (truncated download or truncated gzip member).</summary>
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void Truncated(string file, string path, long offset, Exception? inner = null) =>
        throw new InputFormatException(file, InputErrorKind.Truncated, "the file ends before its JSON is complete",
            new InputLocation(JsonPath: path, ByteOffset: offset), fix: "Download the file again; it is incomplete.", inner: inner);

    /// <summary>Bytes that are not JSON.</summary>
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void MalformedJson(string file, string path, long offset, string found, Exception? inner) =>
        throw new InputFormatException(file, InputErrorKind.MalformedJson, "expected valid JSON",
            new InputLocation(JsonPath: path, ByteOffset: offset), found: InputFormatException.Quote(found), inner: inner);

    /// <summary>The file is JSON but not a TiC file of the expected kind.</summary>
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void UnknownFormat(string file, string problem) =>
        throw new InputFormatException(file, InputErrorKind.UnknownFormat, problem);

    /// <summary>Text that is not valid UTF-8, or an escape that is not a whole UTF-16 character (a lone surrogate).</summary>
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void BadEncoding(string file, string property, string found, string path, long offset) =>
        throw new InputFormatException(file, InputErrorKind.BadEncoding, $"expected UTF-8 text for \"{property}\" (JSON files must be UTF-8, and a \\u escape a whole character)",
            new InputLocation(JsonPath: path, ByteOffset: offset), found: found,
            fix: "The publisher wrote the file in another encoding or with a broken escape; ask for a corrected file.");

    /// <summary>A single JSON token larger than <see cref="JsonBlockBuffer.MaxTokenBytes"/>.</summary>
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void TokenTooLarge(string file, string path, long offset, long limit) =>
        throw new InputFormatException(file, InputErrorKind.TooLarge,
            $"expected every JSON value to be under {limit / (1 << 20)} MiB, found a single token that is larger",
            new InputLocation(JsonPath: path, ByteOffset: offset), fix: "No TiC field needs a value that large; the file is damaged or not a TiC file.");

    /// <summary>Compressed data that fails its integrity check (gzip CRC-32 or length, deflate data, zip archive).</summary>
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void Corrupt(string file, string problem, long offset, Exception? inner = null) =>
        throw new InputFormatException(file, InputErrorKind.Corrupt, problem, new InputLocation(ByteOffset: offset),
            fix: "Download the file again; it is damaged.", inner: inner);

    /// <summary>The file on disk changed (length or last-write time) while it was being read; <paramref name="fileOffset"/> counts the file's own (compressed) bytes read.</summary>
    /// <remarks>The location has no JSON offset on purpose: the decompressed offset is not known below the gzip layer, so the message names the file's byte.</remarks>
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void FileChanged(string file, long fileOffset) =>
        throw new InputFormatException(file, InputErrorKind.Corrupt,
            $"expected the file to stay the same while it is read, found it changed (its length or modification time) by the time byte {fileOffset:N0} of the file on disk was read",
            fix: "Wait until the download or copy has finished, then load the file again; nothing from this read was kept.");

    /// <summary>Rethrows a stream-layer error (which knows the offset but not the JSON path) with the path added.</summary>
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void WithPath(InputFormatException e, string path, long offset)
    {
        if (e.Kind == InputErrorKind.Truncated) Truncated(e.File, path, offset, e);
        if (e.Kind == InputErrorKind.Corrupt)
            throw new InputFormatException(e.File, InputErrorKind.Corrupt, "expected compressed data that passes its integrity checks, found damaged data",
                new InputLocation(JsonPath: path, ByteOffset: offset), fix: "Download the file again; it is damaged.", inner: e);
        throw e;
    }

    /// <summary>Shows raw bytes as text, printable ASCII as itself and the rest as <c>0xNN</c>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string Show(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(48);
        foreach (var b in bytes.Length > 40 ? bytes[..40] : bytes)
        {
            if (b is >= 0x20 and < 0x7F) sb.Append((char)b);
            else sb.Append("0x").Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
