using CodeBrief.Warehouse.Tic;

namespace CodeBrief.Warehouse.Tests.Tic;

/// <summary>Group sets are numbered once while remembered; past the bound a set is numbered again, never with a used number.</summary>
public sealed class GroupSetIdsTests
{
    [Fact]
    public void SameSet_SameId_UntilTheBoundIsPassed_ThenANewIdNeverUsedBefore()
    {
        var ids = new GroupSetIds();
        var first = ids.IdOf(["a", "b"]);
        first.ShouldBe((1, true));
        ids.IdOf(["c"]).ShouldBe((2, true));
        ids.IdOf(["a", "b"]).ShouldBe((1, false));
        var issued = new HashSet<int> { 1, 2 };
        for (var i = 0; i < GroupSetIds.Remembered; i++)
        {
            var (id, isNew) = ids.IdOf([i.ToString(System.Globalization.CultureInfo.InvariantCulture), "x"]);
            isNew.ShouldBeTrue();
            issued.Add(id).ShouldBeTrue();
        }
        var again = ids.IdOf(["a", "b"]);
        again.IsNew.ShouldBeTrue(); // forgotten: its groups are written again under the new number
        issued.Add(again.Id).ShouldBeTrue();
    }
}
