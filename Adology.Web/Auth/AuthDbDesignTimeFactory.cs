using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Adology.Web.Auth;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the host.</summary>
internal sealed class AuthDbDesignTimeFactory : IDesignTimeDbContextFactory<AuthDb>
{
    public AuthDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AuthDb>();
        AuthDb.Configure(options, "Host=localhost");
        return new AuthDb(options.Options);
    }
}
