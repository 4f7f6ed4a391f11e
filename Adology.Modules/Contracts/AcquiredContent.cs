namespace Adology.Modules.Contracts;

/// <summary>One distinct content of a scan's acquired items: the first item (by ordinal) that showed it, and how many did.</summary>
public sealed record AcquiredContent(AcquiredItem First, int UrlCount);
