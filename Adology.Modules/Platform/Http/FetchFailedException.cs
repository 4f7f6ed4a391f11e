namespace Adology.Modules.Platform.Http;

/// <summary>The only failure <see cref="SafeHttpClient"/> reports; <see cref="Transient"/> says whether a later try may succeed.</summary>
internal sealed class FetchFailedException(string reason, bool transient) : Exception(reason)
{
    public string Reason { get; } = reason;

    public bool Transient { get; } = transient;
}
