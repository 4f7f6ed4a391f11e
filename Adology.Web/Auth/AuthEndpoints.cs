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
        auth.MapPost("/register", RegisterAsync).AddEndpointFilter<ValidationFilter<Credentials>>()
            .WithName("Register").WithSummary("Registers a user by email and password.")
            .Produces(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
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
        if (created.Succeeded)
        {
            return Results.Created($"/api/auth/users/{user.Id}", new { id = user.Id, email });
        }

        if (created.Errors.Any(error => error.Code is "DuplicateUserName" or "DuplicateEmail"))
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, detail: $"'{email}' is already registered.");
        }

        return Results.ValidationProblem(created.Errors
            .GroupBy(error => error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email")
            .ToDictionary(group => group.Key, group => group.Select(error => error.Description).ToArray()));
    }

    private static async Task<IResult> LoginAsync(
        Credentials credentials,
        HttpContext http,
        UserManager<AdologyUser> users,
        TokenIssuer tokens,
        [FromKeyedServices(RateLimiting.LoginAccounts)] PerMinuteLimiter<string> accounts)
    {
        // Per account, whatever client the attempts come from; the middleware limits each client.
        if (accounts.TryAcquire(credentials.Email!.Trim().ToUpperInvariant()) is { } wait)
        {
            return Problems.TooManyRequests(http, wait);
        }

        var user = await users.FindByEmailAsync(credentials.Email!.Trim());
        if (user is null || !await users.CheckPasswordAsync(user, credentials.Password!))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: "Wrong email or password.");
        }

        return Results.Ok(tokens.Issue(user, await users.GetRolesAsync(user)));
    }
}
