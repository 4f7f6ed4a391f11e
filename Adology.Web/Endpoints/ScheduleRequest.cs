using Adology.Modules.Contracts;

namespace Adology.Web.Endpoints;

/// <summary>The body of <c>PUT /api/brands/{brand}/schedule</c>: <c>{source, cron}</c> (cron in UTC, five fields).</summary>
internal sealed record ScheduleRequest(ScanSourceRequest? Source, string? Cron);
