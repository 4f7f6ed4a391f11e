namespace Adology.Modules.Contracts;

/// <summary>The kinds of <see cref="Notification"/>, which are also what a webhook subscribes to.</summary>
public static class NotificationKinds
{
    public const string ScanCompleted = "scan_completed";
    public const string NewCreatives = "new_creatives";
    public const string Matches = "matches";

    public static IReadOnlyList<string> All { get; } = [ScanCompleted, NewCreatives, Matches];
}
