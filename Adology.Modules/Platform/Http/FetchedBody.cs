namespace Adology.Modules.Platform.Http;

/// <summary>A downloaded body; <paramref name="ContentType"/> is the header as the server sent it.</summary>
internal sealed record FetchedBody(byte[] Content, string? ContentType, Uri FinalUrl);
