namespace Adology.Modules.Scans.Data;

/// <summary>A numbered live event of a scan, stored as it was sent, so that a client can resume after its last one.</summary>
internal sealed class ProgressLogEntry
{
    public Guid ScanId { get; init; }

    public long Seq { get; init; }

    public required string Type { get; init; }

    /// <summary>The event as JSON, exactly as streamed (text: it is only ever replayed, never queried into).</summary>
    public required string Payload { get; init; }
}
