using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.PfsGpci;

/// <summary>One Medicare payment locality with its three geographic practice cost indices (GPCI file, Addendum E).</summary>
/// <param name="Mac">Medicare administrative contractor number, zero-padded (<c>02102</c>).</param>
/// <param name="State">Two-letter state.</param>
/// <param name="Locality">Locality number, zero-padded (<c>01</c>).</param>
/// <param name="Name">Locality name as published (<c>MANHATTAN</c>).</param>
/// <param name="Work">Physician work GPCI; null when the cell is blank (never read as 0: the locality is then not priced).</param>
/// <param name="PracticeExpense">Practice expense GPCI; null when blank.</param>
/// <param name="Malpractice">Malpractice GPCI; null when blank.</param>
/// <param name="Source">The GPCI row.</param>
public sealed record GpciLocality(string Mac, string State, string Locality, string Name, decimal? Work, decimal? PracticeExpense, decimal? Malpractice, SourceRef Source);
