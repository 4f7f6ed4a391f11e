using Adology.Modules.Platform.Http;

namespace Adology.Modules.Gather;

internal sealed class GatherOptions
{
    public const string Section = "Gather";

    /// <summary>A feed listing more creatives than this fails the scan rather than being cut silently.</summary>
    public int MaxItems { get; set; } = 100_000;

    public int MaxPages { get; set; } = 10_000;

    /// <summary>A feed, HTML or ad library page larger than this (bytes as received) fails the scan; it is counted while the page is read.</summary>
    public long MaxPageBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary><see cref="MaxPageBytes"/> for a page read whole (HTML, the ad library's), said by name when it is hit.</summary>
    public BodyLimit PageLimit => new(MaxPageBytes, $"{Section}:{nameof(MaxPageBytes)}");

    /// <summary>A feed larger than this (all its pages, bytes as received) fails the scan; it is counted while the pages are read.</summary>
    public long MaxTotalBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>A feed page whose <c>nextCursor</c> is longer than this (characters) fails the scan.</summary>
    public int MaxCursorLength { get; set; } = 4_096;

    /// <summary>How long gathering a whole feed may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A text field of a creative's metadata longer than this is cut there (<see cref="MetadataCap"/>).</summary>
    public int MaxMetadataFieldLength { get; set; } = 4_000;

    /// <summary>A creative's metadata larger than this (UTF-8 bytes of its JSON) loses its longest fields (<see cref="MetadataCap"/>).</summary>
    public int MaxMetadataBytes { get; set; } = 32_768;

    /// <summary>How many acquire messages (each a batch of items) go out in one batched publish.</summary>
    public int PublishBatchSize { get; set; } = 1_000;
}
