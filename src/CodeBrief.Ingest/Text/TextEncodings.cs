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
}
