namespace Adology.Modules.Contracts;

/// <summary>Events read from the <see cref="IProgressLog"/>.</summary>
/// <param name="Over">
/// No event follows these: the scan does not exist, or it has ended and the reader already has its final event (its
/// last numbered one), or it ended long enough ago that a final event still to come is not to be expected (scans that ended before the log
/// existed have none).
/// </param>
public sealed record ProgressLogSlice(IReadOnlyList<LoggedProgressEvent> Events, bool Over);
