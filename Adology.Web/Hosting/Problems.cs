using Adology.Modules.Contracts;

namespace Adology.Web.Hosting;

internal static class Problems
{
    public static IResult NotFound(string detail) => Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: detail);

    public static IResult TooManyRequests(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = RetryAfter(http, retryAfter);
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, detail: $"Too many requests: try again in {seconds} s.");
    }

    /// <summary>A login to an account locked out after too many failures (or to an e-mail without one, locked alike).</summary>
    public static IResult AccountLocked(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = RetryAfter(http, retryAfter);
        return Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "The account is locked.",
            detail: $"Too many failed logins: the account is locked for {seconds} s more, whatever the password.");
    }

    /// <summary>Sets <c>Retry-After</c> in whole seconds, at least one, and says how many.</summary>
    private static int RetryAfter(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString();
        return seconds;
    }

    /// <summary>A user over a quota: 429 without <c>Retry-After</c> (it ends when their work does), <c>quota</c> and <c>limit</c> naming it.</summary>
    public static IResult OverQuota(QuotaRefusal refusal) => Results.Problem(
        statusCode: StatusCodes.Status429TooManyRequests,
        title: "Over a quota of the user.",
        detail: refusal.Detail,
        extensions: new Dictionary<string, object?> { ["quota"] = refusal.Quota, ["limit"] = refusal.Limit });

    /// <summary>A refused upload: the detail names the file and the entry or row; <c>file</c>, <c>entry</c>, <c>row</c> and <c>reason</c> say it apart.</summary>
    public static IResult UploadRefused(UploadRefusal refusal)
    {
        var extensions = new Dictionary<string, object?> { ["file"] = refusal.File, ["reason"] = refusal.Reason };
        if (refusal.Entry is { } entry)
        {
            extensions["entry"] = entry;
        }

        if (refusal.Row is { } row)
        {
            extensions["row"] = row;
        }

        return Results.Problem(statusCode: refusal.Status, title: "The upload is refused.", detail: refusal.Detail, extensions: extensions);
    }
}
