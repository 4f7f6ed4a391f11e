using Adology.Modules.Gather.Sources;

namespace Adology.Modules.Gather.Feed;

/// <summary>What one feed may take, counted as its pages are read: bytes per page and in all, and items.</summary>
internal sealed class FeedBudget(GatherOptions limits)
{
    private long totalBytes;
    private int items;

    public int MaxCursorLength => limits.MaxCursorLength;

    /// <summary>Counts bytes just received of a page that has now received <paramref name="pageBytes"/>.</summary>
    public void CountBytes(int pageNumber, long pageBytes, int received)
    {
        if (pageBytes > limits.MaxPageBytes)
        {
            throw new GatherFailedException(
                $"The feed's page {pageNumber} is larger than {limits.MaxPageBytes} bytes ({Setting(nameof(GatherOptions.MaxPageBytes))}).");
        }

        totalBytes += received;
        if (totalBytes > limits.MaxTotalBytes)
        {
            throw new GatherFailedException(
                $"The feed is larger than {limits.MaxTotalBytes} bytes in all, at page {pageNumber} ({Setting(nameof(GatherOptions.MaxTotalBytes))}).");
        }
    }

    public void CountItem()
    {
        if (++items > limits.MaxItems)
        {
            throw new GatherFailedException($"The feed lists more than {limits.MaxItems} creatives.");
        }
    }

    private static string Setting(string name) => $"{GatherOptions.Section}:{name}";
}
