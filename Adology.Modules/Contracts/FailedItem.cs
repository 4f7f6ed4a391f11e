namespace Adology.Modules.Contracts;

/// <summary>A staged creative of a scan that could not be acquired, and why.</summary>
public sealed record FailedItem(int Ordinal, string Url, string Reason);
