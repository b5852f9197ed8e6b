namespace CodeBrief.Warehouse;

/// <summary>How a reference file is loaded.</summary>
/// <param name="Strict">Stop at the first rejected row instead of loading the good rows and reporting the others.</param>
/// <param name="AcceptShrink">Let a new version replace the current one even when it holds fewer rows or codes than
/// <see cref="LoadPlausibility"/> allows (<c>--accept-shrink</c>).</param>
/// <param name="AcceptRejects">Load a file even when more of its rows are rejected than <see cref="LoadPlausibility"/> allows
/// (<c>--accept-rejects</c>).</param>
/// <param name="ReplaceSameVersion">Let a file of the current file's name and version, with other bytes, replace it
/// (<c>--replace-same-version</c>).</param>
public sealed record LoadOptions(bool Strict = false, bool AcceptShrink = false, bool AcceptRejects = false, bool ReplaceSameVersion = false);
