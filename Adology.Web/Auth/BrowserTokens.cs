using Adology.Web.Hubs;
using Adology.Web.Jobs;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Adology.Web.Auth;

/// <summary>
/// Where browsers cannot send an Authorization header, the JWT comes another way: as <c>access_token</c> in
/// the query for the hub (WebSockets) only; for the Hangfire dashboard, whose pages load scripts and poll on
/// their own, the token of the first visit is kept in an HttpOnly cookie scoped to it. Nowhere else is the query
/// read: thumbnails (&lt;img&gt;) load by short-lived signed URLs (<see cref="ThumbnailLinkSigner"/>) instead.
/// However it comes, a token is honoured only while its user's security stamp is unchanged (<see cref="SecurityStamps"/>).
/// </summary>
internal sealed class BrowserTokens(SecurityStamps stamps) : JwtBearerEvents
{
    private const string QueryName = "access_token";
    private const string DashboardCookie = "adology_jobs_token";

    public override Task MessageReceived(MessageReceivedContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(ProgressHub.Path))
        {
            context.Token ??= request.Query[QueryName];
        }
        else if (request.Path.StartsWithSegments(BackgroundJobsSetup.DashboardPath))
        {
            context.Token ??= request.Query[QueryName].FirstOrDefault() ?? request.Cookies[DashboardCookie];
        }

        return Task.CompletedTask;
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        if (!await stamps.IsCurrentAsync(context.Principal!, context.HttpContext.RequestAborted))
        {
            context.Fail("The token was revoked: log in again.");
            return;
        }

        var request = context.Request;
        if (request.Path.StartsWithSegments(BackgroundJobsSetup.DashboardPath) && request.Query[QueryName].FirstOrDefault() is { } token)
        {
            context.Response.Cookies.Append(DashboardCookie, token, new CookieOptions
            {
                HttpOnly = true,
                Secure = request.IsHttps,
                SameSite = SameSiteMode.Strict,
                Path = BackgroundJobsSetup.DashboardPath,
            });
        }
    }
}
