namespace Adology.Web.Auth;

internal static class Roles
{
    public const string Admin = "admin";
}
