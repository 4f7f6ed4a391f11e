namespace Adology.Web.Hosting;

internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int LoginsPerClientPerMinute { get; set; } = 30;

    public int LoginsPerAccountPerMinute { get; set; } = 10;

    public int ScansPerUserPerMinute { get; set; } = 60;

    /// <summary>Accounts one client address may register (<see cref="RateLimiting.RegistrationPolicy"/>).</summary>
    public int RegistrationsPerClientPerHour { get; set; } = 20;

    /// <summary>Similar-creatives searches, reports and report links (<see cref="RateLimiting.CostlyPolicy"/>).</summary>
    public int CostlyPerUserPerMinute { get; set; } = 60;
}
