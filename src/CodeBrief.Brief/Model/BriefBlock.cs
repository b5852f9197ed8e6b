namespace CodeBrief.Brief.Model;

/// <summary>One block of a brief section: a heading, paragraph, list or table. Renderers switch on the concrete type.</summary>
public abstract record BriefBlock;
