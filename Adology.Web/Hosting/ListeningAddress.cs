using Adology.Modules.Platform;

namespace Adology.Web.Hosting;

internal static class ListeningAddress
{
    /// <summary>
    /// Once Kestrel listens, tells the modules how the host reaches itself: <c>Demo:BaseUrl</c> when set
    /// (behind a proxy), else the first bound address with a wildcard host replaced by loopback.
    /// </summary>
    public static void UseListeningAddress(this WebApplication app)
    {
        var configured = app.Configuration["Demo:BaseUrl"];
        var address = string.IsNullOrEmpty(configured) ? app.Urls.OrderBy(url => url.StartsWith("https", StringComparison.Ordinal)).FirstOrDefault() : configured;
        if (address is null)
        {
            return;
        }

        var binding = BindingAddress.Parse(address);
        var host = binding.Host is "+" or "*" or "0.0.0.0" or "[::]" or "localhost" ? "127.0.0.1" : binding.Host;
        app.Services.UseHostAddress(new UriBuilder(binding.Scheme, host, binding.Port, binding.PathBase + "/").Uri);
    }
}
