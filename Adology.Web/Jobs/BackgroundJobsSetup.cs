using Adology.Modules.Platform;
using Adology.Web.Auth;
using Adology.Web.Endpoints;
using Hangfire;
using Hangfire.PostgreSql;

namespace Adology.Web.Jobs;

/// <summary>Hangfire on PostgreSQL (its own <c>hangfire</c> schema) for the recurring operations jobs, inside the host.</summary>
internal static class BackgroundJobsSetup
{
    public const string DashboardPath = "/hangfire";
    public const string RecoverySweep = "recovery-sweep";
    public const string Retention = "retention";

    /// <summary>
    /// <c>Jobs:Enabled=false</c>: a host that serves and runs the pipeline but no Hangfire (no dashboard, no
    /// recurring jobs, no brand schedules).
    /// </summary>
    public static bool Enabled(IConfiguration configuration) => configuration.GetValue("Jobs:Enabled", defaultValue: true);

    public static IServiceCollection AddAdologyBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        if (!Enabled(configuration))
        {
            return services;
        }

        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                storage => storage.UseNpgsqlConnection(PlatformModule.ConnectionString(configuration)),
                new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = TimeSpan.FromSeconds(1),
                    // A long job keeps its lease while it runs instead of being handed to another worker.
                    UseSlidingInvisibilityTimeout = true,
                }));
        services.AddHangfireServer(server => server.WorkerCount = 2);
        // Registered, it makes Hangfire's dashboard check each of its POSTs (trigger, requeue, delete) for its token.
        services.AddAntiforgery(options =>
        {
            options.Cookie.Path = DashboardPath;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.Section));
        services.AddSingleton<OneHostAtATime>();
        services.AddScoped<RecoverySweepJob>();
        services.AddScoped<RetentionJob>();
        services.AddScoped<ScheduledScans>();
        services.AddHostedService<RecurringJobsRegistration>();
        services.AddSingleton<FluentValidation.IValidator<ScheduleRequest>, ScheduleRequestValidator>();
        return services;
    }

    public static void MapAdologyBackgroundJobs(this WebApplication app)
    {
        if (Enabled(app.Configuration))
        {
            // Authorisation is the endpoint's (admins only: 401 anonymous, 403 others), not Hangfire's local-only default.
            app.MapHangfireDashboard(DashboardPath, new DashboardOptions { Authorization = [], DashboardTitle = "Adology jobs" })
                .RequireAuthorization(policy => policy.RequireRole(Roles.Admin));
            app.MapScheduleEndpoints();
        }
    }
}
