namespace Adology.Modules.Contracts;

/// <summary>One page of a list; every list of the API is paged this way.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total, int PageNumber, int PageSize);
