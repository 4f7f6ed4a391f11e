namespace Adology.Modules.Contracts;

/// <summary>A scan's report workbook: its creatives, duplicates, clusters and summary.</summary>
public interface IScanReports
{
    /// <summary>The report, or null when the scan does not exist or the viewer may not see it; no viewer means a signed link, read as the owner.</summary>
    Task<ReportFile?> WriteAsync(Guid scanId, Viewer? viewer, CancellationToken cancellationToken);
}
