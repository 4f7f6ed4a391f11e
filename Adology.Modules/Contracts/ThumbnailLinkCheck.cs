namespace Adology.Modules.Contracts;

/// <summary>What <see cref="IThumbnailLinks.Check"/> found of a thumbnail link's expiry and signature.</summary>
public enum ThumbnailLinkCheck
{
    Valid,

    /// <summary>The signature does not match the path and expiry, or is missing or malformed.</summary>
    Invalid,

    Expired,
}
