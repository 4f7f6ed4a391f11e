namespace Adology.Modules.Contracts;

/// <summary>A creative of a scan whose texts are to be held to the scan's watch terms, in the order the fields are tried.</summary>
/// <param name="Sha256">Its content hash: the same picture at two URLs of a scan is one creative.</param>
public sealed record MatchSubject(Guid ScanId, int Ordinal, string Url, byte[] Sha256, string? Headline, IReadOnlyList<MatchField> Fields)
{
    /// <summary>The copy its metadata gives: headline, body, call to action, alternative text.</summary>
    public static MatchSubject OfCopy(Guid scanId, int ordinal, string url, byte[] sha256, AdCopy copy) =>
        new(
            scanId,
            ordinal,
            url,
            sha256,
            copy.Headline,
            [
                new(MatchFields.Headline, copy.Headline),
                new(MatchFields.Body, copy.Body),
                new(MatchFields.CallToAction, copy.CallToAction),
                new(MatchFields.AltText, copy.AltText),
            ]);

    /// <summary>The text printed on its picture.</summary>
    public static MatchSubject OfPicture(Guid scanId, int ordinal, string url, byte[] sha256, string? headline, string onImageText) =>
        new(scanId, ordinal, url, sha256, headline, [new(MatchFields.OnImageText, onImageText)]);
}
