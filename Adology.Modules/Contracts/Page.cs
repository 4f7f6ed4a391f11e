using System.Text.Json.Serialization;

namespace Adology.Modules.Contracts;

/// <summary>One page of a list; every list of the API is paged this way: <c>{items, total, page, pageSize}</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total, [property: JsonPropertyName("page")] int PageNumber, int PageSize)
{
    /// <summary>
    /// Set (and written) only when the list counted no further than <see cref="Total"/> and more exist: a search of a
    /// large catalogue says "10,000 or more" rather than reading every match to count it.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool TotalIsLowerBound { get; init; }
}
