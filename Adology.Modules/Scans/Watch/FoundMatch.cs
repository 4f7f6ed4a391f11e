using Adology.Modules.Contracts;

namespace Adology.Modules.Scans.Watch;

/// <summary>A term found in one field of a subject, before it is known to be new.</summary>
internal sealed record FoundMatch(MatchSubject Subject, string Term, string Field);
