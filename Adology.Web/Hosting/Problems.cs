namespace Adology.Web.Hosting;

internal static class Problems
{
    public static IResult NotFound(string detail) => Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: detail);

    public static IResult TooManyRequests(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString();
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, detail: $"Too many requests: try again in {seconds} s.");
    }
}
