using CodeBrief.Brief;
using CodeBrief.Brief.Model;
using CodeBrief.Dossier;
using CodeBrief.Testing;

namespace CodeBrief.Render.Tests;

/// <summary>Builds briefs from the fixture warehouse with a fixed generation date.</summary>
internal static class BriefFixture
{
    public static readonly DateOnly GeneratedOn = new(2026, 11, 22);

    /// <summary>The five codes of the example pages.</summary>
    public static readonly string[] SeedCodes = ["83789", "83950", "0689T", "82331", "86320"];

    public static BriefDocument Build(string code)
    {
        using var db = FixtureWarehouse.Open();
        return BriefBuilder.Build(new DossierBuilder(db.Warehouse).Build(code), GeneratedOn);
    }
}
