namespace Adology.Modules.Scans.Data;

/// <summary>The pipeline step a scan is in, or ended in (<see cref="Scan.Phase"/>).</summary>
internal static class ScanPhases
{
    public const string Queued = "queued";
    public const string Gather = "gather";
    public const string Acquire = "acquire";
    public const string Commit = "commit";
    public const string Enrich = "enrich";
    public const string Analyze = "analyze";
    public const string Done = "done";
}
