namespace CodeBrief.Warehouse.Tests.Evidence;

public abstract class LoadedEvidenceContract<TStore>(LoadedEvidence<TStore> loaded) : IClassFixture<LoadedEvidence<TStore>>
    where TStore : StoreUnderTest, new()
{
    [Fact]
    public void Load_EvidenceFixtures_InsertsEveryRowOfEach() => loaded.Counts.ShouldBe([20, 18, 16, 6, 16, 5]);

    [Fact]
    public void Load_RealCodeSets_InsertsEveryRow()
    {
        loaded.Warehouse.Store.Long("SELECT COUNT(*) FROM icd10cm").ShouldBe(74_719L);
        loaded.Warehouse.Store.Long("SELECT COUNT(*) FROM nucc_taxonomy").ShouldBe(883L);
    }
}
