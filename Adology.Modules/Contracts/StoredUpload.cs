namespace Adology.Modules.Contracts;

/// <summary>An upload checked and stored — its listing's <c>blob:</c> URL and how many creatives it lists — or refused, with nothing stored.</summary>
public sealed record StoredUpload(string? ListingUrl, int Creatives, UploadRefusal? Refusal)
{
    public static StoredUpload Refused(UploadRefusal refusal) => new(null, 0, refusal);
}
