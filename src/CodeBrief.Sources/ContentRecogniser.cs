namespace CodeBrief.Sources;

/// <summary>
/// Decides by content whether the file at <paramref name="path"/> is a file of <paramref name="dataset"/>.
/// </summary>
/// <remarks>
/// Sources sits before Ingest in the data flow, so it cannot call the readers itself; the host passes a recogniser
/// built on <c>ReferenceFormats</c>. Returns null when no reader for the dataset is registered, so the caller can fall
/// back to the file-name pattern and say the file was not checked.
/// </remarks>
/// <returns>True or false from the dataset's reader; null when there is no reader for the dataset.</returns>
public delegate bool? ContentRecogniser(string dataset, string path);
