using Adology.Web.Auth;
using Microsoft.Extensions.Options;

namespace Adology.Web.Reports;

internal static class ReportsSetup
{
    public static IServiceCollection AddAdologyReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportOptions>()
            .Bind(configuration.GetSection(ReportOptions.Section))
            .Validate(options => options.LinkKey.Length is 0 or >= ReportOptions.MinimumKeyLength, $"Reports:LinkKey must be empty or at least {ReportOptions.MinimumKeyLength} characters.")
            .Validate(options => options.LinkLifetime > TimeSpan.Zero, "Reports:LinkLifetime must be positive.")
            .ValidateOnStart();
        services.AddSingleton(provider => new ReportLinkSigner(
            provider.GetRequiredService<IOptions<ReportOptions>>().Value, provider.GetRequiredService<SigningKey>().Key.Key, provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<ScanReports>();
        return services;
    }
}
