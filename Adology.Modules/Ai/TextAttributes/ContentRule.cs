namespace Adology.Modules.Ai.TextAttributes;

/// <summary>A named regular expression (.NET syntax, matched case-insensitively, without lookarounds or backreferences).</summary>
internal sealed record ContentRule(string Name, string Pattern);
