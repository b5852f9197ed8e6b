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
        new Clfs.ClfsFormat(),
        new PfsRvu.PfsRvuFormat(),
        new PfsGpci.PfsGpciFormat(),
        new PfsLocality.PfsLocalityFormat(),
        new PfsAnesthesia.PfsAnesthesiaFormat(),
        new PfsOppsCap.PfsOppsCapFormat(),
        new ZipLocality.ZipLocalityFormat(),
        new MedicareUtilization.MedicareUtilizationGeoFormat(),
        new MedicareUtilization.MedicareUtilizationProviderFormat(),
        new SpecialtyTaxonomy.SpecialtyTaxonomyFormat(),
        new LcdArticle.LcdArticleIcd10Format(),
        new LcdArticle.LcdArticleHcpcFormat(),
        new DiagnosisCrosswalk.DiagnosisCrosswalkFormat(),
    ];

    /// <summary>The format that recognises the file, or null.</summary>
    public static IReferenceFormat? Recognise(string path)
    {
        foreach (var format in All)
            if (format.Recognises(path)) return format;
        return null;
    }
}
