namespace Adology.Modules.Scans.Data;

/// <summary>Stored as a smallint; raw SQL writes a state as its number, <c>{ScanItemState.Pending:D}</c>.</summary>
internal enum ScanItemState : short
{
    Pending = 0,
    Acquired = 1,
    Failed = 2,
}
