namespace Adology.Modules.Contracts;

/// <summary>Events read from the <see cref="IProgressLog"/>.</summary>
/// <param name="Over">
/// No event follows these: the scan does not exist, or it ended long enough ago that its final event, when it has
/// one, is already in the log (scans that ended before the log existed have none).
/// </param>
public sealed record ProgressLogSlice(IReadOnlyList<LoggedProgressEvent> Events, bool Over);
