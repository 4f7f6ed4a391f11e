using System.Net.Http.Headers;

namespace Adology.Modules.Platform.Http;

/// <summary>What an API call adds to a plain download.</summary>
/// <param name="Authorization">Sent to the URL's origin only: a redirect elsewhere goes without it.</param>
/// <param name="ErrorBodyBytes">How much of a failed response's body to keep (an API says there why it failed).</param>
/// <param name="BodyLimit">A cap on the body lower than <see cref="SafeHttpOptions.MaxBodyBytes"/>, enforced as it is read.</param>
internal sealed record FetchOptions(AuthenticationHeaderValue? Authorization = null, int ErrorBodyBytes = 0, BodyLimit? BodyLimit = null)
{
    public static FetchOptions None { get; } = new();
}
