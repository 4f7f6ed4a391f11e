namespace Adology.Modules.Contracts;

/// <summary>A watch term found in a creative of a scan, as <c>GET /api/scans/{id}/matches</c> and the report's matches sheet list it.</summary>
/// <param name="Ordinal">The scan's item it was first found in (the same picture may have come at several URLs).</param>
/// <param name="MatchedIn">One of <see cref="MatchFields"/>.</param>
public sealed record ScanMatch(string Term, int Ordinal, string Url, string? Headline, string Sha256, string MatchedIn, DateTimeOffset FoundAt);
