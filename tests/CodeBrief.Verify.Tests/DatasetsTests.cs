using CodeBrief.Ingest.Reference;
using CodeBrief.Verify.Checks;

namespace CodeBrief.Verify.Tests;

/// <summary>The dataset ids verify asks the source register about are the ones the readers load under.</summary>
public sealed class DatasetsTests
{
    [Theory]
    [InlineData(Datasets.Nucc)]
    [InlineData(Datasets.Icd10Cm)]
    [InlineData(Datasets.Hcpcs)]
    [InlineData(Datasets.HcpcsModifiers)]
    [InlineData(Datasets.Clfs)]
    [InlineData(Datasets.PfsRvu)]
    [InlineData(Datasets.PfsGpci)]
    [InlineData(Datasets.NcciAddOn)]
    [InlineData(Datasets.NcciPtp)]
    [InlineData(Datasets.NcciMue)]
    public void Dataset_IsLoadedByAReader(string dataset) =>
        ReferenceFormats.All.ShouldContain(f => f.Dataset == dataset, dataset);
}
