namespace Adology.Web.Hosting;

/// <summary>
/// Headers every response carries: no MIME sniffing, no referrer sent off the host, never framed (clickjacking), and a
/// Content-Security-Policy that lets the dashboard load only its own scripts, styles and connections. The two
/// third-party pages, the API reference and the Hangfire dashboard, write inline scripts and styles: they keep the
/// rest of the policy but may run their own inline code.
/// </summary>
internal static class SecurityHeaders
{
    public const string DashboardPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string ThirdPartyPagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, params PathString[] thirdPartyPages) =>
        app.Use(async (http, next) =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = thirdPartyPages.Any(page => http.Request.Path.StartsWithSegments(page)) ? ThirdPartyPagePolicy : DashboardPolicy;
            await next(http);
        });
}
