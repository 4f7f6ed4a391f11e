namespace Adology.Web.Auth;

internal sealed class SeedOptions
{
    public const string Section = "Seed";

    public string AdminEmail { get; set; } = "admin@adology.local";

    /// <summary>Empty: a password is generated and printed once, when the admin is created.</summary>
    public string AdminPassword { get; set; } = string.Empty;
}
