namespace CodeBrief.Core.Provenance;

/// <summary>
/// The one sentence printed wherever the loaded inputs do not hold a fact. Nothing is guessed in its place.
/// </summary>
public static class NotAvailable
{
    /// <summary>The exact text readers see.</summary>
    public const string Text = "Data not available in the input";
}
