using NpgsqlTypes;

namespace Adology.Modules.Commit.Data;

/// <summary>
/// A creative as search reads it: what the filters, orders and <c>q</c> look at, and nothing else. A narrow copy of the
/// catalogue row (about a quarter of its size, without the embeddings, copy and attributes), so a broad search or its
/// count reads a quarter of the pages. The database keeps it, in the writer's transaction: a trigger on
/// <c>catalog.creatives</c> (migration <c>CreativeSearchTable</c>) copies every inserted or updated row, the foreign
/// key removes it with its creative.
/// </summary>
internal sealed class SearchableCreative
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    public required string Brand { get; init; }

    public required byte[] Sha256 { get; init; }

    public DateTimeOffset FirstSeenAt { get; init; }

    public DateTimeOffset LastSeenAt { get; init; }

    public int SeenCount { get; init; }

    public string? Platform { get; init; }

    public string? Format { get; init; }

    public string? CallToAction { get; init; }

    /// <summary>Whether the creative breaks a content rule (its flags are not empty).</summary>
    public bool Flagged { get; init; }

    public string[] Sources { get; init; } = [];

    public NpgsqlTsVector SearchVector { get; init; } = null!;
}
