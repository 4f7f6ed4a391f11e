namespace Adology.Modules.Contracts;

/// <summary>
/// A scan's final event (COMPLETE, ERROR or CANCELLED) has gone out. Every host hears of it, on a queue of its own: a
/// cancelled scan's work stops on the hosts that hold some, and each host forgets what it kept for the scan.
/// </summary>
/// <param name="Status">The scan's final status: <c>completed</c>, <c>failed</c> or <c>cancelled</c>.</param>
public sealed record ScanEnded(Guid ScanId, string Status);
