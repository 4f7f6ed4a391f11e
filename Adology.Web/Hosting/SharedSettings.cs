using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Adology.Web.Hosting;

internal static class SharedSettings
{
    /// <summary>
    /// Loads the repository's top-level appsettings.json (copied next to the host's binaries) as the
    /// lowest-precedence source: the defaults every environment shares, which environment variables,
    /// <c>ASPNETCORE_URLS</c> and the command line override.
    /// </summary>
    public static void AddSharedDefaults(this ConfigurationManager configuration) =>
        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = "appsettings.json",
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Optional = false,
        });
}
