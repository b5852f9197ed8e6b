using CodeBrief.Warehouse.Tic;

namespace CodeBrief.Warehouse;

/// <summary>
/// Negotiated payer rates from price-transparency files. Kept narrow on purpose: rates are moving to a columnar lake, and
/// only the warehouse projects may change when they do.
/// </summary>
public interface IRateStore
{
    /// <summary>False when this store keeps no payer rates (then <see cref="FeeForServiceRates"/> is empty and
    /// <see cref="Ingest"/> throws a <see cref="CodeBrief.Core.Errors.UsageException"/> saying which store does).</summary>
    bool Supported { get; }

    /// <summary>Every stored fee-for-service rate of <paramref name="code"/> with the providers it applies to, in storage order.</summary>
    IReadOnlyList<StoredRate> FeeForServiceRates(string code);

    /// <summary>Streams one payer file (JSON, gzip, zip) into the store in one transaction.</summary>
    TicLoadResult Ingest(string path, TicLoadOptions options, CancellationToken cancellationToken);
}
