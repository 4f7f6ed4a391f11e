using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Adology.Modules.Platform.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the host.</summary>
internal sealed class AdologyDbDesignTimeFactory : IDesignTimeDbContextFactory<AdologyDb>
{
    public AdologyDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AdologyDb>();
        AdologyDb.Configure(options, "Host=localhost");
        return new AdologyDb(options.Options);
    }
}
