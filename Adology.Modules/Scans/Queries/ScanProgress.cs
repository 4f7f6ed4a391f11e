using Adology.Modules.Scans.Data;

namespace Adology.Modules.Scans.Queries;

/// <summary>Overall percent done: gathering is the first 5 %, acquiring up to 90 %, commit, enrichment and analysis the rest.</summary>
internal static class ScanProgress
{
    public static int Percent(ScanStatus status, int? total, int processed) => status switch
    {
        ScanStatus.Queued => 0,
        ScanStatus.Gathering => 2,
        ScanStatus.Acquiring when total is > 0 => 5 + (int)(85L * processed / total.Value),
        ScanStatus.Acquiring => 5,
        ScanStatus.Committing => 90,
        ScanStatus.Enriching when total is > 0 => 90 + (int)(5L * processed / total.Value),
        ScanStatus.Enriching => 90,
        ScanStatus.Analyzing => 95,
        ScanStatus.Completed => 100,
        _ => total is > 0 ? (int)(100L * processed / total.Value) : 0,
    };
}
