namespace Adology.Modules.Contracts;

/// <summary>The same bytes (<paramref name="Sha256"/>, lower-case hex) found at several URLs of the scan.</summary>
public sealed record ExactDuplicateGroup(string Sha256, IReadOnlyList<string> Urls);
