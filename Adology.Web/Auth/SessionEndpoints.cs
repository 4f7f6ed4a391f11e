using System.Security.Claims;
using Adology.Web.Endpoints;
using Microsoft.AspNetCore.Identity;

namespace Adology.Web.Auth;

/// <summary>Ending tokens: logout, and a password change. Both renew the security stamp, which ends every token of the user.</summary>
internal static class SessionEndpoints
{
    public static void MapSessionEndpoints(this RouteGroupBuilder auth)
    {
        auth.MapPost("/logout", LogoutAsync).RequireAuthorization()
            .WithName("Logout").WithSummary("Ends every token of the signed-in user (on every device).")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapPost("/password", ChangePasswordAsync).RequireAuthorization().AddEndpointFilter<ValidationFilter<PasswordChange>>()
            .WithName("ChangePassword").WithSummary("Changes the password and ends every token of the user: log in again.")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> LogoutAsync(ClaimsPrincipal principal, UserManager<AdologyUser> users)
    {
        if (await users.FindByIdAsync(principal.FindFirstValue("sub")!) is not { } user)
        {
            return Results.Unauthorized();
        }

        await users.UpdateSecurityStampAsync(user);
        return Results.NoContent();
    }

    private static async Task<IResult> ChangePasswordAsync(PasswordChange change, ClaimsPrincipal principal, UserManager<AdologyUser> users)
    {
        if (await users.FindByIdAsync(principal.FindFirstValue("sub")!) is not { } user)
        {
            return Results.Unauthorized();
        }

        var changed = await users.ChangePasswordAsync(user, change.CurrentPassword!, change.NewPassword!);
        if (changed.Succeeded)
        {
            return Results.NoContent();
        }

        return Results.ValidationProblem(changed.Errors
            .GroupBy(error => error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "currentPassword" : "newPassword")
            .ToDictionary(group => group.Key, group => group.Select(error => error.Description).ToArray()));
    }
}
