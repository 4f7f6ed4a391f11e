namespace Adology.Modules.Contracts;

/// <summary>One text of a creative to hold watch terms to, and which of <see cref="MatchFields"/> it is.</summary>
public sealed record MatchField(string Name, string? Text);
