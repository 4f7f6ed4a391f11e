using Adology.Modules.Acquire;
using Adology.Modules.Ai;
using Adology.Modules.Alerts;
using Adology.Modules.Commit;
using Adology.Modules.Enrich;
using Adology.Modules.Gather;
using Adology.Modules.Gather.Demo;
using Adology.Modules.Platform;
using Adology.Modules.Reports;
using Adology.Modules.Scans;
using Adology.Web.Auth;
using Adology.Web.Endpoints;
using Adology.Web.EventStreams;
using Adology.Web.Hosting;
using Adology.Web.Hubs;
using Adology.Web.Jobs;
using Adology.Web.Messaging;
using Adology.Web.Messaging.DeadLetters;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddSharedDefaults();
var configuration = builder.Configuration;

builder.Services
    .AddShutdownWatchdog(configuration)
    .AddPlatformModule(configuration)
    .AddScansModule(configuration)
    .AddGatherModule(configuration)
    .AddAcquireModule(configuration)
    .AddCommitModule(configuration)
    .AddEnrichModule(configuration)
    .AddAiModule(configuration)
    .AddReportsModule(configuration)
    .AddAlertsModule(configuration)
    .AddAdologyAuth(configuration)
    .AddAdologyRateLimiting(configuration)
    .AddAdologyReverseProxy(configuration)
    .AddAdologyObservability(configuration)
    .AddAdologyApiDocs()
    .AddAdologyMessaging(configuration)
    .AddAdologyProgress(configuration)
    .AddScanEventStreams(configuration)
    .AddAdologyBackgroundJobs(configuration)
    .AddSingleton<FluentValidation.IValidator<CreativeSearchParameters>, CreativeSearchParametersValidator>()
    .AddProblemDetails()
    .AddExceptionHandler<BadRequestExceptionHandler>()
    .Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true)
    .Configure<JsonOptions>(options => options.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip);

var app = builder.Build();

// The database first: Hangfire's storage and the bus live in it, and mapping the dashboard opens that storage.
await app.PrepareDatabaseAsync();

app.UseAdologyReverseProxy();
app.UseSecurityHeaders(OperationsEndpoints.ApiReferencePath, BackgroundJobsSetup.DashboardPath);
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(PlatformModule.ReadyTag) });
app.MapOperationsEndpoints();
app.MapAuthEndpoints();
app.MapScanEndpoints();
app.MapScanEventEndpoints();
app.MapBrandEndpoints();
app.MapCreativeEndpoints();
app.MapDashboardEndpoints();
app.MapReportEndpoints();
app.MapWebhookEndpoints();
app.MapWatchEndpoints();
app.MapDeadLetterEndpoints();
app.MapHub<ProgressHub>(ProgressHub.Path, options => options.CloseOnAuthenticationExpiration = true);
app.MapDemoCreatives();
app.MapAdologyBackgroundJobs();

app.Lifetime.ApplicationStarted.Register(app.UseListeningAddress);
app.ResumeInFlightScansOnStart();
await app.RunAsync();

/// <summary>The host's entry point; public so tests can boot it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
