namespace Adology.Modules.Contracts;

/// <summary>A named colour, its share of the pictures (0..1) and a representative <c>#rrggbb</c>.</summary>
public sealed record NamedColour(string Name, float Share, string Hex);
