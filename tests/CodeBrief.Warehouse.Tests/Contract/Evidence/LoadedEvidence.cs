using CodeBrief.Ingest.DiagnosisCrosswalk;
using CodeBrief.Ingest.LcdArticle;
using CodeBrief.Ingest.MedicareUtilization;
using CodeBrief.Ingest.SpecialtyTaxonomy;
using CodeBrief.Testing;

namespace CodeBrief.Warehouse.Tests.Evidence;

/// <summary>
/// One warehouse loaded with every evidence fixture and the real NUCC and ICD-10-CM files, shared by the query tests
/// (loading the 74,719 ICD-10-CM rows once instead of per test).
/// </summary>
public sealed class LoadedEvidence<TStore> : IDisposable where TStore : StoreUnderTest, new()
{
    public LoadedEvidence()
    {
        Counts =
        [
            Warehouse.Load(new MedicareUtilizationGeoFormat(), EvidenceFixtures.Geo),
            Warehouse.Load(new MedicareUtilizationProviderFormat(), EvidenceFixtures.Provider),
            Warehouse.Load(new SpecialtyTaxonomyFormat(), EvidenceFixtures.Crosswalk),
            Warehouse.Load(new LcdArticleHcpcFormat(), EvidenceFixtures.ArticleHcpc),
            Warehouse.Load(new LcdArticleIcd10Format(), EvidenceFixtures.ArticleIcd10),
            Warehouse.Load(new DiagnosisCrosswalkFormat(), EvidenceFixtures.DiagnosisCrosswalk),
        ];
        Warehouse.LoadFile(EvidenceWarehouse<TStore>.Format("nucc"), SharedData.Path("nucc", "nucc_taxonomy_251.csv"));
        Warehouse.LoadFile(EvidenceWarehouse<TStore>.Format("icd10cm"), SharedData.Path("icd10cm", "icd10cm-codes-2026.txt"));
    }

    public EvidenceWarehouse<TStore> Warehouse { get; } = new();

    /// <summary>Good rows loaded from each evidence fixture, in load order.</summary>
    public long[] Counts { get; }

    public void Dispose() => Warehouse.Dispose();
}
