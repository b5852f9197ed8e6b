namespace CodeBrief.Warehouse.Tests.Evidence;

public sealed class LoadedEvidenceTests(LoadedEvidence loaded) : IClassFixture<LoadedEvidence>
{
    [Fact]
    public void Load_EvidenceFixtures_InsertsEveryRowOfEach() => loaded.Counts.ShouldBe([20, 18, 16, 6, 16, 5]);

    [Fact]
    public void Load_RealCodeSets_InsertsEveryRow()
    {
        using var command = loaded.Warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM icd10cm), (SELECT COUNT(*) FROM nucc_taxonomy)";
        using var reader = command.ExecuteReader();
        reader.Read().ShouldBeTrue();

        reader.GetInt64(0).ShouldBe(74_719L);
        reader.GetInt64(1).ShouldBe(883L);
    }
}
