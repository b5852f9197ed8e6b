namespace CodeBrief.Ingest.Tic.Synthetic;

/// <summary>One synthetic provider group: its id, NPIs and TIN.</summary>
internal sealed record SynthGroup(int Id, string[] Npis, string Tin);
