namespace CodeBrief.Ingest.Tic;

/// <summary>The <c>negotiation_arrangement</c> of an in-network item.</summary>
public enum TicArrangement
{
    /// <summary><c>ffs</c>: fee for service; the only arrangement that enters fee-for-service statistics.</summary>
    FeeForService,
    /// <summary><c>bundle</c>: one price for a bundle of codes.</summary>
    Bundle,
    /// <summary><c>capitation</c>: a per-member amount covering many services.</summary>
    Capitation,
}
