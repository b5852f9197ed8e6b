using CodeBrief.Warehouse;
using CodeBrief.Web.Data;

namespace CodeBrief.Web;

/// <summary>The <c>/api/sources</c> answer: every loaded source file.</summary>
/// <param name="Sources">The sources, in warehouse order.</param>
public sealed record SourcesAnswer(IReadOnlyList<SourceAnswer> Sources)
{
    /// <summary>The answer for the warehouse's source records.</summary>
    public static SourcesAnswer From(IReadOnlyList<SourceRecord> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new([.. sources.Select(s => new SourceAnswer(s.Id, s.Dataset, s.Publisher, s.FileName, s.Version, s.Sha256,
            s.RowsLoaded, s.RowsRejected, LoadTime.Format(s.LoadedAt), s.Status, s.IsSynthetic))]);
    }
}

/// <summary>One loaded source file.</summary>
/// <param name="Id">The warehouse's source id (facts cite it).</param>
/// <param name="Dataset">The dataset id, for instance <c>clfs</c>.</param>
/// <param name="Publisher">Who publishes the file.</param>
/// <param name="FileName">The file name as published.</param>
/// <param name="Version">The version the file states.</param>
/// <param name="Sha256">SHA-256 of the file's bytes.</param>
/// <param name="RowsLoaded">Rows stored.</param>
/// <param name="RowsRejected">Rows the reader rejected.</param>
/// <param name="LoadedAt">When it was loaded: the text stored in the warehouse (ISO-8601 UTC to the second).</param>
/// <param name="Status">current, previous or superseded.</param>
/// <param name="IsSynthetic">True for generated (synthetic) files.</param>
public sealed record SourceAnswer(long Id, string Dataset, string Publisher, string FileName, string Version, string Sha256,
    long RowsLoaded, long RowsRejected, string LoadedAt, string Status, bool IsSynthetic);
