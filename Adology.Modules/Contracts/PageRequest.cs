namespace Adology.Modules.Contracts;

/// <summary>A 1-based page number and a page size, clamped to sane bounds.</summary>
public sealed record PageRequest(int PageNumber, int PageSize)
{
    public const int MaxPageSize = 500;

    public static PageRequest From(int? page, int? pageSize) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 50, 1, MaxPageSize));

    public int Skip => (PageNumber - 1) * PageSize;
}
