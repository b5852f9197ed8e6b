namespace CodeBrief.Ingest.Reference;

/// <summary>
/// The reference formats CodeBrief knows, in the order files are matched against them.
/// </summary>
public static class ReferenceFormats
{
    /// <summary>Every known format. A file is loaded with every format that recognises it: the HCPCS workbook, for one,
    /// holds both the Level II codes and the Level II modifiers.</summary>
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
        new Icd10cm.Icd10cmFormat(),
        new Nucc.NuccFormat(),
        new Hcpcs.HcpcsFormat(),
        new Hcpcs.HcpcsModifierFormat(),
        new NcciAoc.NcciAocFormat(),
        new NcciPtp.NcciPtpFormat(),
        new NcciMue.NcciMueFormat(),
        new MedicareUtilization.MedicareUtilizationGeoFormat(),
        new MedicareUtilization.MedicareUtilizationProviderFormat(),
        new SpecialtyTaxonomy.SpecialtyTaxonomyFormat(),
        new LcdArticle.LcdArticleIcd10Format(),
        new LcdArticle.LcdArticleHcpcFormat(),
        new LcdArticle.LcdArticleIcd10NoncoveredFormat(),
        new LcdArticle.LcdArticleReportFormat(),
        new LcdArticle.LcdArticleIcd10GroupFormat(),
        new LcdArticle.LcdArticleModifierFormat(),
        new DiagnosisCrosswalk.DiagnosisCrosswalkFormat(),
        new Dmepos.DmeposFeeFormat(),
        new Dmepos.DmeposRuralZipFormat(),
        new AnesthesiaBaseUnits.AnesthesiaBaseUnitsFormat(),
        new OppsAddendumB.OppsAddendumBFormat(),
        new AscAddenda.AscAddendaFormat(),
        new AspPricing.AspPricingFormat(),
    ];

    /// <summary>Every format that recognises the file, in <see cref="All"/> order; empty when none does.</summary>
    public static IReadOnlyList<IReferenceFormat> RecogniseAll(string path)
    {
        var found = new List<IReferenceFormat>(1);
        foreach (var format in All)
            if (format.Recognises(path)) found.Add(format);
        return found;
    }

    /// <summary>The first format that recognises the file, or null.</summary>
    public static IReferenceFormat? Recognise(string path)
    {
        foreach (var format in All)
            if (format.Recognises(path)) return format;
        return null;
    }
}
