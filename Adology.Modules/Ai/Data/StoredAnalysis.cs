namespace Adology.Modules.Ai.Data;

internal sealed class StoredAnalysis
{
    public Guid ScanId { get; init; }

    public Guid OwnerId { get; init; }

    public required string Brand { get; init; }

    public DateTimeOffset AnalyzedAt { get; set; }

    public required string Result { get; set; }
}
