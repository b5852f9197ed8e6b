using CodeBrief.Verify.Checks;

namespace CodeBrief.Verify.Tests;

/// <summary>The amount parser on varied phrasings: what each amount is said to be (issue 14, item 1).</summary>
public sealed class AmountClaimTests
{
    private static AmountClaims.Claim One(string text, string context = "") => AmountClaims.InText(text, context).ShouldHaveSingleItem();

    [Theory]
    [InlineData("Medicare pays about $95 for it.", 95.0, true)]
    [InlineData("The rate is ~$89 in 2025.", 89.0, true)]
    [InlineData("It is approximately $1,257 nationally.", 1257.0, true)]
    [InlineData("Roughly $150 in the office.", 150.0, true)]
    [InlineData("The national amount is $125.18.", 125.18, false)]
    [InlineData("Medicare allows $ 17.14 for the reading.", 17.14, false)]
    public void Exactness_IsReadFromTheWordsBeforeTheAmount(string text, double value, bool approximate)
    {
        var c = One(text);
        c.Value.ShouldBe((decimal)value);
        c.Approximate.ShouldBe(approximate);
        c.High.ShouldBeNull();
    }

    [Theory]
    [InlineData("Expect $130-$175 per visit.", 130.0, 175.0)]
    [InlineData("Expect $130 to $175 per visit.", 130.0, 175.0)]
    [InlineData("Expect $130–175 per visit.", 130.0, 175.0)]
    [InlineData("$16.31 (ARKANSAS) to $23.39 (ALASKA*), 109 localities", 16.31, 23.39)]
    public void Ranges_AreOneClaimWithTwoEnds(string text, double low, double high)
    {
        var c = One(text);
        c.Value.ShouldBe((decimal)low);
        c.High.ShouldBe((decimal)high);
    }

    [Fact]
    public void SettingNationalAndModifier_AreReadPerAmount()
    {
        var claims = AmountClaims.InText("Medicare's national facility rate for 71046-26 is $10.03, while the non-facility global amount is $32.67.").ToList();
        claims.Count.ShouldBe(2);
        claims[0].Setting.ShouldBe(FeeSetting.Facility);
        claims[0].National.ShouldBeTrue();
        claims[0].Modifier.ShouldBe("26");
        claims[1].Setting.ShouldBe(FeeSetting.NonFacility);
    }

    [Fact]
    public void ColumnHeaderAndRowLabels_SpeakForACell()
    {
        var c = One("$17.14", "Facility national | Professional component");
        c.Setting.ShouldBe(FeeSetting.Facility);
        c.National.ShouldBeTrue();
        c.Modifier.ShouldBe("26");
        c.Schedule.ShouldBe(AmountClaims.Kind.Pfs);
    }

    [Theory]
    [InlineData("The CLFS national limit is $7.77.", "Clfs")]
    [InlineData("Under the lab fee schedule it pays $7.77.", "Clfs")]
    [InlineData("Under the physician fee schedule it pays $17.14.", "Pfs")]
    [InlineData("Medicare pays $17.14.", "Any")]
    public void Schedule_IsTheOneTheWordsName(string text, string kind) => One(text).Schedule.ShouldBe(Enum.Parse<AmountClaims.Kind>(kind));

    [Theory]
    [InlineData("The highest locality amount is $158.97.", "Max")]
    [InlineData("Locality payments go up to $158.97.", "Max")]
    [InlineData("The lowest locality pays $114.69.", "Min")]
    public void LocalityEnds_AreRead(string text, string end)
    {
        var c = One(text);
        c.Locality.ShouldBeTrue();
        c.End.ShouldBe(Enum.Parse<AmountClaims.RangeEnd>(end));
    }

    [Fact]
    public void ANamedLocality_IsRead()
    {
        var claims = AmountClaims.InText("Payment varies by locality, from $114.69 in Arkansas to $158.97 in Alaska.").ToList();
        claims.Select(c => c.LocalityName).ShouldBe(["ARKANSAS", "ALASKA"]);
        One("In Manhattan Medicare pays $101.06.").Place.ShouldNotBeNull().ShouldContain("MANHATTAN");
    }
}
