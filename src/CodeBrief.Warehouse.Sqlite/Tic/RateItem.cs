using CodeBrief.Ingest.Tic;

namespace CodeBrief.Warehouse.Sqlite.Tic;

/// <summary>One code of one <c>in_network</c> item, copied once per item so its rates can cross to the storing thread
/// (the reader reuses its <see cref="TicItem"/>).</summary>
/// <param name="Row">0-based <c>in_network</c> index of the item.</param>
/// <param name="Code">One normalised code of the item's <c>billing_code</c>.</param>
/// <param name="Type"><c>billing_code_type</c>, upper case.</param>
/// <param name="TypeVersion"><c>billing_code_type_version</c>; null when missing.</param>
/// <param name="Arrangement">The item's negotiation arrangement.</param>
internal sealed record RateItem(int Row, string Code, string Type, string? TypeVersion, TicArrangement Arrangement);
