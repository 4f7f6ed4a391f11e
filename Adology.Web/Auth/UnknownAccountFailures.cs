namespace Adology.Web.Auth;

/// <summary>Failed logins to one e-mail that has no account, counted as Identity counts an account's.</summary>
internal sealed class UnknownAccountFailures
{
    public int Count { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
