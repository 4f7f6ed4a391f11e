namespace Adology.Modules.Platform.Http;

/// <summary>The only failure <see cref="SafeHttpClient"/> reports; <see cref="Transient"/> says whether a later try may succeed.</summary>
internal sealed class FetchFailedException(string reason, bool transient) : Exception(reason)
{
    public string Reason { get; } = reason;

    public bool Transient { get; } = transient;

    /// <summary>The HTTP status of a response that failed; null when there was none.</summary>
    public int? Status { get; init; }

    /// <summary>The start of a failed response's body, when the fetch asked for it (<see cref="FetchOptions.ErrorBodyBytes"/>).</summary>
    public byte[]? ErrorBody { get; init; }
}
