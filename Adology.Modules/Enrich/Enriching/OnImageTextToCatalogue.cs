using Adology.Modules.Contracts;
using Adology.Modules.Enrich.Data;

namespace Adology.Modules.Enrich.Enriching;

/// <summary>
/// Gives the catalogue the text printed on the scan's pictures, so that search finds it, and holds it to the content
/// rules, as Acquire held their copy: a scam offer in the picture is flagged like one in the headline. Holds it to the
/// scan's watch terms too, for the pictures whose text an earlier scan read (the batches matched the rest; each match
/// counts once).
/// </summary>
internal sealed class OnImageTextToCatalogue(EnrichmentStore store, ICreativeInsights insights, ICatalogue catalogue, IScanMatches matches)
{
    public async Task AddAsync(ScanWork scan, IReadOnlyList<ScanPicture> pictures, ActiveModels models, CancellationToken cancellationToken)
    {
        if (models.Reader is not { } reader)
        {
            return;
        }

        var texts = await store.TextsAsync([.. pictures.Select(picture => picture.Sha256)], reader.Version, cancellationToken);
        List<PictureReading> read = [.. texts
            .Where(row => row.Text.Text.Length > 0)
            .Select(row => new PictureReading(row.Sha256, row.Text.Text, insights.FlagsOf(row.Text.Text)))];
        await catalogue.AddPictureTextsAsync(scan.OwnerId, scan.Brand, read, cancellationToken);
        var pictureOf = pictures.ToDictionary(picture => picture.Key, StringComparer.Ordinal);
        await matches.MatchAsync(
            [.. texts
                .Where(row => !string.IsNullOrWhiteSpace(row.Text.Text) && pictureOf.ContainsKey(Convert.ToHexStringLower(row.Sha256)))
                .Select(row => pictureOf[Convert.ToHexStringLower(row.Sha256)].Subject(scan.ScanId, row.Text.Text))],
            cancellationToken);
    }
}
