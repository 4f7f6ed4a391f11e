namespace Adology.Modules.Acquire;

internal sealed class AcquireOptions
{
    public const string Section = "Acquire";

    /// <summary>Downloads in flight at once on this host.</summary>
    public int Concurrency { get; set; } = 32 * Environment.ProcessorCount;

    /// <summary>Images with more pixels than this are refused from their header, before any decode.</summary>
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>
    /// Batches (AcquireCreatives, <c>Scans:AcquireBatchSize</c> items each) in flight at once, so that one batch downloads
    /// while another waits on the disk or the database.
    /// </summary>
    public int ConcurrentBatches { get; set; } = 4;

    /// <summary>
    /// How long a batch waits for one download before handing it to the slow lane: longer than an honest picture takes,
    /// short enough that a tarpit source does not hold the batch's other items and slots.
    /// </summary>
    public TimeSpan SlowAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Downloads of one user the slow lane runs at once; the user's further items wait their turn there. As many as the
    /// host's by default: on an overloaded host every download is slow, and the lane must not throttle a user below what
    /// the batches would give them; what it is for is keeping the batches free for everyone else.
    /// </summary>
    public int SlowDownloadsPerUser { get; set; } = 32 * Environment.ProcessorCount;

    public int DownloadsPerBatch => Math.Max(1, Concurrency / ConcurrentBatches);
}
