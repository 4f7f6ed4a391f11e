using System.Text.Json;
using Adology.Modules.Commit.Data;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Adology.Modules.Commit;

internal sealed class Catalogue(AdologyDb db) : ICatalogue
{
    public async Task<Page<CreativeView>> ListAsync(Viewer viewer, string brand, PageRequest page, CancellationToken cancellationToken)
    {
        var normalized = Brand.Normalize(brand);
        var visible = db.Set<CatalogueCreative>().AsNoTracking()
            .Where(creative => creative.Brand == normalized && (viewer.IsAdmin || creative.OwnerId == viewer.UserId));
        var total = await visible.LongCountAsync(cancellationToken);
        var rows = await visible
            .OrderByDescending(creative => creative.LastSeenAt)
            .ThenBy(creative => creative.Id)
            .Skip(page.Skip)
            .Take(page.PageSize)
            .Select(creative => new
            {
                Creative = creative,
                Scans = db.Set<Sighting>()
                    .Where(sighting => sighting.CreativeId == creative.Id)
                    .OrderBy(sighting => sighting.SeenAt)
                    .Select(sighting => sighting.ScanId)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return new Page<CreativeView>([.. rows.Select(row => View(row.Creative, row.Scans))], total, page.PageNumber, page.PageSize);
    }

    public async Task<IReadOnlyList<CatalogueEntry>> ReadBrandAsync(Guid ownerId, string brand, CancellationToken cancellationToken)
    {
        var creatives = await db.Set<CatalogueCreative>().AsNoTracking()
            .Where(creative => creative.OwnerId == ownerId && creative.Brand == brand)
            .OrderBy(creative => creative.FirstSeenAt)
            .ThenBy(creative => creative.Id)
            .ToListAsync(cancellationToken);
        return [.. creatives.Select(creative => new CatalogueEntry(
            creative.Id,
            creative.Url,
            creative.Metadata,
            new CreativeFingerprint(creative.Sha256, creative.MediaType, creative.ByteSize, creative.Width, creative.Height, creative.PerceptualHash),
            creative.FirstScanId))];
    }

    private static CreativeView View(CatalogueCreative creative, List<Guid> scans) => new(
        creative.Id,
        creative.Brand,
        Convert.ToHexStringLower(creative.Sha256),
        creative.MediaType,
        creative.ByteSize,
        creative.Width,
        creative.Height,
        creative.Url,
        creative.Metadata is null ? null : JsonSerializer.Deserialize<JsonElement>(creative.Metadata),
        creative.FirstSeenAt,
        creative.LastSeenAt,
        creative.SeenCount,
        scans);
}
