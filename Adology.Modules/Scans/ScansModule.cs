using Adology.Modules.Contracts;
using Adology.Modules.Scans.CancelScan;
using Adology.Modules.Scans.EventLog;
using Adology.Modules.Scans.Findings;
using Adology.Modules.Scans.GetScan;
using Adology.Modules.Scans.GetScanFigures;
using Adology.Modules.Scans.GetScanState;
using Adology.Modules.Scans.Ledger;
using Adology.Modules.Scans.ListScanFailures;
using Adology.Modules.Scans.ListScans;
using Adology.Modules.Scans.Progress;
using Adology.Modules.Scans.Queries;
using Adology.Modules.Scans.Quotas;
using Adology.Modules.Scans.Recovery;
using Adology.Modules.Scans.Schedules;
using Adology.Modules.Scans.StartScan;
using Adology.Modules.Scans.Watch;
using FluentValidation;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Modules.Scans;

public static class ScansModule
{
    public static IServiceCollection AddScansModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScansOptions>()
            .Bind(configuration.GetSection(ScansOptions.Section))
            .Validate(options => options.AcquireBatchSize >= 1, "Scans:AcquireBatchSize must be at least 1.")
            .ValidateOnStart();
        services.Configure<QuotaOptions>(configuration.GetSection(QuotaOptions.Section));
        services.Configure<RecoveryOptions>(configuration.GetSection(RecoveryOptions.Section));
        services.AddScoped<IScanRecovery, ScanRecovery>();
        services.AddScoped<IScans, ScanService>();
        services.AddScoped<StartScanHandler>();
        services.AddScoped<GetScanHandler>();
        services.AddScoped<ListScansHandler>();
        services.AddScoped<GetScanStateHandler>();
        services.AddScoped<CancelScanHandler>();
        services.AddScoped<GetScanFiguresHandler>();
        services.AddScoped<ListScanFailuresHandler>();
        services.AddScoped<IScanOwners, ScanOwners>();
        services.AddScoped<IScanSchedules, ScanSchedules>();
        services.AddScoped<ScanQuotas>();
        services.AddScoped<IScanQuotas>(provider => provider.GetRequiredService<ScanQuotas>());
        services.AddSingleton<ScanCancellation>();
        services.AddSingleton<IScanCancellation>(provider => provider.GetRequiredService<ScanCancellation>());
        services.AddSingleton<ProgressSignal>();
        services.AddSingleton<IProgressLog, ProgressLog>();
        services.AddSingleton<ProgressNumbering>();
        services.AddSingleton<ProgressEmitter>();
        services.AddSingleton<IScanProgress>(provider => provider.GetRequiredService<ProgressEmitter>());
        services.AddScoped<IScanLedger, ScanLedger>();
        services.AddScoped<IScanItems, ScanItems>();
        services.AddScoped<IScanMatches, ScanMatches>();
        services.AddScoped<IScanFindings, ScanFindings>();
        services.AddScoped<IWatchlists, Watchlists>();
        services.AddActivatedSingleton<QueueDepthGauge>();
        services.AddValidatorsFromAssemblyContaining<StartScanRequestValidator>(ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }

    public static void AddScansConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<ScanEndedConsumer, ScanEndedConsumerDefinition>();
}
