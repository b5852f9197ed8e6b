using CodeBrief.Core.Provenance;

namespace CodeBrief.Ingest.PfsLocality;

/// <summary>One Medicare payment locality of the locality-counties file (<c>*LOCCO.csv</c>): the counties it covers.</summary>
/// <param name="Mac">Medicare administrative contractor number, zero-padded to the GPCI file's 5 digits (<c>02102</c>).</param>
/// <param name="Locality">Locality number, zero-padded to 2 digits (<c>01</c>).</param>
/// <param name="State">State name as published, carried down from the first row of its group; null before any.</param>
/// <param name="FeeScheduleArea">Fee schedule area name, or null.</param>
/// <param name="Counties">The counties, as published (<c>ALL COUNTIES</c>, <c>BRONX, KINGS</c>), or null.</param>
/// <param name="Source">The file row.</param>
public sealed record PfsLocalityRow(string Mac, string Locality, string? State, string? FeeScheduleArea, string? Counties, SourceRef Source);
