namespace Adology.Modules.Scans.Data;

internal enum ScanStatus
{
    Queued,
    Gathering,
    Acquiring,
    Committing,
    Analyzing,
    Completed,
    Failed,
    Cancelled,
}
