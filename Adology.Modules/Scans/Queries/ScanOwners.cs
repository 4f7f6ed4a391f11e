using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Microsoft.EntityFrameworkCore;

namespace Adology.Modules.Scans.Queries;

internal sealed class ScanOwners(AdologyDb db) : IScanOwners
{
    public Task<Guid?> OwnerOfAsync(Guid scanId, CancellationToken cancellationToken) =>
        db.Set<Scan>().AsNoTracking().Where(scan => scan.Id == scanId).Select(scan => (Guid?)scan.OwnerId).SingleOrDefaultAsync(cancellationToken);
}
