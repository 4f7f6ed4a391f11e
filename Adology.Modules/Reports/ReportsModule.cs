using Adology.Modules.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Reports;

/// <summary>The scan report: an .xlsx of the scan's catalogue and analysis, and the signed links that share it. The host registers <see cref="IReportLinkKey"/>.</summary>
public static class ReportsModule
{
    public static IServiceCollection AddReportsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportOptions>()
            .Bind(configuration.GetSection(ReportOptions.Section))
            .Validate(options => options.LinkKey.Length is 0 or >= ReportOptions.MinimumKeyLength, $"Reports:LinkKey must be empty or at least {ReportOptions.MinimumKeyLength} characters.")
            .Validate(options => options.LinkLifetime > TimeSpan.Zero, "Reports:LinkLifetime must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IReportLinks>(provider => new ReportLinkSigner(
            provider.GetRequiredService<IOptions<ReportOptions>>().Value, provider.GetRequiredService<IReportLinkKey>().Secret, provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<IScanReports, ScanReports>();
        return services;
    }
}
