using Adology.Web.Endpoints;
using Adology.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Adology.Web.Auth;

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").AllowAnonymous().WithTags("Auth");
        auth.MapPost("/register", RegisterAsync)
            .RequireRateLimiting(RateLimiting.RegistrationPolicy)
            .AddEndpointFilter<ValidationFilter<Credentials>>()
            .WithName("Register").WithSummary("Registers a user by email and password; a taken email gets the same answer as a new one.")
            .Produces(StatusCodes.Status202Accepted).ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/login", LoginAsync)
            .RequireRateLimiting(RateLimiting.LoginPolicy)
            .AddEndpointFilter<ValidationFilter<Credentials>>()
            .WithName("Login").WithSummary("Signs in: the access token to send as 'Authorization: Bearer <token>'.")
            .Produces<IssuedToken>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapSessionEndpoints();
    }

    private static async Task<IResult> RegisterAsync(Credentials credentials, UserManager<AdologyUser> users, IOptions<AuthOptions> options)
    {
        if (!options.Value.AllowRegistration)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Registration is disabled on this host.");
        }

        var email = credentials.Email!.Trim();
        var user = new AdologyUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, credentials.Password!);
        // A taken e-mail answers as a new one does (Identity hashed the password either way), so that register does not
        // tell which e-mails have accounts; the owner of a taken one logs in with the password it already has.
        if (created.Succeeded || created.Errors.All(error => error.Code is "DuplicateUserName" or "DuplicateEmail"))
        {
            return Results.Accepted(value: new { email, message = "Registration accepted: log in with this email and password." });
        }

        return Results.ValidationProblem(created.Errors
            .GroupBy(error => error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email")
            .ToDictionary(group => group.Key, group => group.Select(error => error.Description).ToArray()));
    }

    private static async Task<IResult> LoginAsync(
        Credentials credentials,
        HttpContext http,
        UserManager<AdologyUser> users,
        LoginCheck check,
        TimeProvider clock,
        TokenIssuer tokens,
        [FromKeyedServices(RateLimiting.LoginAccounts)] PerMinuteLimiter<string> accounts)
    {
        // Per account, whatever client the attempts come from; the middleware limits each client.
        if (accounts.TryAcquire(credentials.Email!.Trim().ToUpperInvariant()) is { } wait)
        {
            return Problems.TooManyRequests(http, wait);
        }

        var outcome = await check.CheckAsync(credentials.Email!.Trim(), credentials.Password!);
        if (outcome.User is not { } user)
        {
            return outcome.Refusal(http, clock);
        }

        return Results.Ok(tokens.Issue(user, await users.GetRolesAsync(user)));
    }
}
