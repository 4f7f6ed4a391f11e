namespace Adology.Modules.Scans.Data;

internal enum ScanStatus
{
    Queued,
    Gathering,
    Acquiring,
    Committing,
    Enriching,
    Analyzing,
    Completed,
    Failed,
    Cancelled,
}
