using Adology.Modules.Scans.Data;

namespace Adology.Modules.Scans.Queries;

/// <summary>
/// The counts a scan shows as processed of total: its items (acquired or failed) but while enriching, where they are
/// its distinct creatives enriched (once the phase has counted them).
/// </summary>
internal static class PhaseCounts
{
    public static (int Processed, int? Total) Of(ScanStatus status, int? total, int acquired, int failed, int? enrichTotal, int enriched) =>
        status == ScanStatus.Enriching && enrichTotal is not null ? (enriched, enrichTotal) : (acquired + failed, total);
}
