using CodeBrief.Ingest.Reference;
using Shouldly;
using Xunit;

namespace CodeBrief.Ingest.Tests.Reference;

/// <summary>The registry of formats. Which table each format's rows go to, and that its columns are in the schema, is the
/// warehouse's table maps' business: see <c>CodeBrief.Architecture.Tests/ReferenceRowTypeTests</c>.</summary>
public sealed class ReferenceFormatsTests
{
    [Fact]
    public void All_Datasets_AreDistinct() =>
        ReferenceFormats.All.Select(f => f.Dataset).ShouldBeUnique();
}
