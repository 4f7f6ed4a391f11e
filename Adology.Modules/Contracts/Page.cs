using System.Text.Json.Serialization;

namespace Adology.Modules.Contracts;

/// <summary>One page of a list; every list of the API is paged this way: <c>{items, total, page, pageSize}</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total, [property: JsonPropertyName("page")] int PageNumber, int PageSize);
