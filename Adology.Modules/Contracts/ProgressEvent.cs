namespace Adology.Modules.Contracts;

/// <summary>
/// The one live event of a scan, pushed to the clients watching it:
/// <c>{type, jobId, seq, at, phase, value, processed, total, failed, message, data}</c>.
/// </summary>
/// <param name="Type">STARTED, PROGRESS, ITEM_FOUND, MATCH_FOUND, COMPLETE, ERROR or CANCELLED.</param>
/// <param name="Seq">Grows by exactly one per event of the job; kept in the database.</param>
/// <param name="At">Server time of the event.</param>
/// <param name="Value">Overall progress in percent.</param>
/// <param name="Data">What the type carries (see docs/PROTOCOL.md), or null.</param>
public sealed record ProgressEvent(
    string Type,
    Guid JobId,
    long Seq,
    DateTimeOffset At,
    string Phase,
    int Value,
    int Processed,
    int? Total,
    int Failed,
    string? Message,
    object? Data);
