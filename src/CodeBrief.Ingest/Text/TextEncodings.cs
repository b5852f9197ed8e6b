using System.Text;

namespace CodeBrief.Ingest.Text;

/// <summary>The encodings CMS text files come in, set to throw on bytes they do not define.</summary>
internal static class TextEncodings
{
    private static readonly Lazy<Encoding> Cp1252 = new(() =>
    {
        // .NET (Core) ships only Unicode encodings; the Windows code pages come from this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Windows-1252, which CMS uses for files exported from Excel; plain ASCII files read the same way.</summary>
    public static Encoding Windows1252 => Cp1252.Value;

    /// <summary>Strict UTF-8, which data.cms.gov exports its CSV files in.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>
    /// Strict UTF-8 when every byte of the file is valid UTF-8, otherwise Windows-1252: for smaller files whose encoding
    /// depends on the tool that saved them (Medicare Coverage Database exports, spreadsheets saved by users). Reads the
    /// whole file once; a missing or unreadable file gives UTF-8 and fails later where it is opened.
    /// </summary>
    public static Encoding Detect(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var decoder = Utf8.GetDecoder();
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                decoder.GetCharCount(buffer, 0, read, flush: false);
            decoder.GetCharCount([], 0, 0, flush: true);
            return Utf8;
        }
        catch (DecoderFallbackException)
        {
            return Windows1252;
        }
        catch (IOException)
        {
            return Utf8;
        }
        catch (UnauthorizedAccessException)
        {
            return Utf8;
        }
    }
}
