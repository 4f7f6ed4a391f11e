namespace Adology.Modules.Scans.Data;

internal enum ScanItemState : short
{
    Pending = 0,
    Acquired = 1,
    Failed = 2,
}
