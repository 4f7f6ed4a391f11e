namespace Adology.Modules.Contracts;

/// <summary>A 1-based page number and a page size, clamped to sane bounds.</summary>
public sealed record PageRequest(int PageNumber, int PageSize)
{
    public const int MaxPageSize = 500;

    /// <summary>The last page whose first row is still an <see cref="int"/> offset at the largest page size.</summary>
    public const int MaxPageNumber = int.MaxValue / MaxPageSize;

    public static PageRequest From(int? page, int? pageSize) =>
        new(Math.Clamp(page ?? 1, 1, MaxPageNumber), Math.Clamp(pageSize ?? 50, 1, MaxPageSize));

    public int Skip => (PageNumber - 1) * PageSize;
}
