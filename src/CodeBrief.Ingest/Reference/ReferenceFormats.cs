namespace CodeBrief.Ingest.Reference;

/// <summary>
/// The reference formats CodeBrief knows, in the order files are matched against them.
/// </summary>
public static class ReferenceFormats
{
    /// <summary>Every known format. A file is loaded with the first format that recognises it.</summary>
    public static IReadOnlyList<IReferenceFormat> All { get; } =
    [
        // Each format adds itself here, one line per format.
        new Icd10cm.Icd10cmFormat(),
        new Nucc.NuccFormat(),
        new Hcpcs.HcpcsFormat(),
        new Hcpcs.HcpcsModifierFormat(),
        new NcciAoc.NcciAocFormat(),
        new NcciPtp.NcciPtpFormat(),
        new NcciMue.NcciMueFormat(),
    ];

    /// <summary>The format that recognises the file, or null.</summary>
    public static IReferenceFormat? Recognise(string path)
    {
        foreach (var format in All)
            if (format.Recognises(path)) return format;
        return null;
    }
}
