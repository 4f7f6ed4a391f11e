using Adology.Modules.Contracts;
using Adology.Modules.Enrich.Data;

namespace Adology.Modules.Enrich.Enriching;

/// <summary>
/// Holds the text printed on the scan's pictures to the content rules, as Acquire held their copy, and adds the flags it
/// earns to the brand's creatives: a scam offer in the picture is flagged like one in the headline.
/// </summary>
internal sealed class OnImageTextFlags(EnrichmentStore store, ICreativeInsights insights, ICatalogue catalogue)
{
    public async Task FlagAsync(ScanWork scan, IReadOnlyList<ScanPicture> pictures, ActiveModels models, CancellationToken cancellationToken)
    {
        if (models.Reader is not { } reader)
        {
            return;
        }

        var texts = await store.TextsAsync([.. pictures.Select(picture => picture.Sha256)], reader.Version, cancellationToken);
        List<PictureFlags> flagged = [.. texts
            .Where(row => row.Text.Text.Length > 0)
            .Select(row => new PictureFlags(row.Sha256, insights.FlagsOf(row.Text.Text)))
            .Where(picture => picture.Flags.Count > 0)];
        await catalogue.AddFlagsAsync(scan.OwnerId, scan.Brand, flagged, cancellationToken);
    }
}
