using CodeBrief.Core.Errors;
using CodeBrief.Warehouse.Tic;

namespace CodeBrief.Warehouse.Relational;

/// <summary>The rate store of an engine that keeps no payer rates: no rates, and ingest says which store does.</summary>
/// <param name="engine">The engine's name, for the message.</param>
public sealed class UnsupportedRateStore(string engine) : IRateStore
{
    /// <inheritdoc />
    public bool Supported => false;

    /// <inheritdoc />
    public IReadOnlyList<StoredRate> FeeForServiceRates(string code) => [];

    /// <inheritdoc />
    public TicLoadResult Ingest(string path, TicLoadOptions options, CancellationToken cancellationToken) =>
        throw new UsageException($"Payer rates are not stored in {engine} yet (they are moving to a columnar lake beside the warehouse). "
            + "Ingest payer files into the embedded store: run `codebrief ingest` without --store and without CODEBRIEF_STORE.");
}
