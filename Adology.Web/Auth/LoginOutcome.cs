namespace Adology.Web.Auth;

/// <summary>The account a login signs in to, or, without one, until when the e-mail is locked out (null: a wrong e-mail or password).</summary>
internal sealed record LoginOutcome(AdologyUser? User, DateTimeOffset? LockedUntil)
{
    public static LoginOutcome Wrong { get; } = new(null, null);

    public static LoginOutcome Locked(DateTimeOffset? until) => new(null, until);

    /// <summary>The same answer whether the e-mail has an account or not: 401, or 429 with <c>Retry-After</c> while locked out.</summary>
    public IResult Refusal(HttpContext http, TimeProvider clock)
    {
        if (LockedUntil is not { } until)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: "Wrong email or password.");
        }

        var seconds = (int)Math.Ceiling(Math.Max(1, (until - clock.GetUtcNow()).TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString();
        return Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "The account is locked.",
            detail: $"Too many failed logins: the account is locked for {seconds} s more, whatever the password.");
    }
}
