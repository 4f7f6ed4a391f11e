using System.Security.Claims;
using Adology.Modules.Contracts;
using Adology.Web.Auth;

namespace Adology.Web.Endpoints;

internal static class Viewers
{
    public static Viewer ToViewer(this ClaimsPrincipal user) =>
        new(Guid.Parse(user.FindFirstValue("sub")!), user.IsInRole(Roles.Admin));
}
