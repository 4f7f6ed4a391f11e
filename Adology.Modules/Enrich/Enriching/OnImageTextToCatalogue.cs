using Adology.Modules.Contracts;
using Adology.Modules.Enrich.Data;

namespace Adology.Modules.Enrich.Enriching;

/// <summary>
/// Gives the catalogue the text printed on the scan's pictures, so that search finds it, and holds it to the content
/// rules, as Acquire held their copy: a scam offer in the picture is flagged like one in the headline.
/// </summary>
internal sealed class OnImageTextToCatalogue(EnrichmentStore store, ICreativeInsights insights, ICatalogue catalogue)
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
    }
}
