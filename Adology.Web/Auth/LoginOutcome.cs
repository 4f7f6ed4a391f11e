using Adology.Web.Hosting;

namespace Adology.Web.Auth;

/// <summary>The account a login signs in to, or, without one, until when the e-mail is locked out (null: a wrong e-mail or password).</summary>
internal sealed record LoginOutcome(AdologyUser? User, DateTimeOffset? LockedUntil)
{
    public static LoginOutcome Wrong { get; } = new(null, null);

    public static LoginOutcome Locked(DateTimeOffset? until) => new(null, until);

    /// <summary>The same answer whether the e-mail has an account or not: 401, or 429 with <c>Retry-After</c> while locked out.</summary>
    public IResult Refusal(HttpContext http, TimeProvider clock) =>
        LockedUntil is { } until
            ? Problems.AccountLocked(http, until - clock.GetUtcNow())
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: "Wrong email or password.");
}
