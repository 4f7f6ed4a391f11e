using Adology.Modules.Contracts;

namespace Adology.Modules.Scans.Progress;

/// <param name="Status">The scan's status when the event was numbered.</param>
/// <param name="Age">From the scan's creation to its end (or to now, while it runs).</param>
internal sealed record NumberedEvent(ProgressEvent Event, string Status, TimeSpan Age);
