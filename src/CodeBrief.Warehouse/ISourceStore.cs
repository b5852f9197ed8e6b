namespace CodeBrief.Warehouse;

/// <summary>The <c>sources</c> register: one row per loaded file, current, previous or superseded.</summary>
public interface ISourceStore
{
    /// <summary>Every source row, current first, then previous, then superseded; each by dataset and newest load first.</summary>
    IReadOnlyList<SourceRecord> All();

    /// <summary>The source of <paramref name="dataset"/> with <paramref name="sha256"/>, current or not; null when never loaded.</summary>
    SourceRecord? Find(string dataset, string sha256);

    /// <summary>True when any reference dataset (not a payer file) is current.</summary>
    bool HasReferenceData();

    /// <summary>A number that grows with every committed load, so a long-running reader can tell its view is stale.</summary>
    long DataVersion();
}
