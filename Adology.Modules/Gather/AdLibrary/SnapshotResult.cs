using Adology.Modules.Gather.Page;

namespace Adology.Modules.Gather.AdLibrary;

/// <summary>An ad's snapshot read, or why it could not be.</summary>
internal sealed record SnapshotResult(PageExtraction? Page, string? Failure);
