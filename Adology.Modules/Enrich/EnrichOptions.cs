namespace Adology.Modules.Enrich;

internal sealed class EnrichOptions
{
    public const string Section = "Enrich";

    /// <summary>
    /// Pictures decoded and run through the models together; the memory of one batch of decoded pictures is all the
    /// phase holds at a time.
    /// </summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>
    /// How long one EnrichScan message works before it hands the rest to a new one: a broker takes back a message held
    /// too long, and a short message lets another host share a large scan.
    /// </summary>
    public TimeSpan SliceTime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Pictures with more pixels than this are not decoded (Acquire refuses them before).</summary>
    public long MaxPixels { get; set; } = 50_000_000;
}
