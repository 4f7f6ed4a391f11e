namespace Adology.Modules.Scans.Recovery;

internal sealed class RecoveryOptions
{
    public const string Section = "Recovery";

    /// <summary>
    /// A scan unchanged for this long is taken as stuck. Longer than the longest honest silence of a live
    /// scan: a slow feed's gathering (Gather:Timeout, 5 min by default).
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);
}
