using Adology.Modules.Contracts;

namespace Adology.Modules.Alerts.Notifications;

/// <summary>What a completed scan tells its owner: always that it completed, then what it found.</summary>
internal static class ScanNotifications
{
    /// <summary>A scan without watch-term matches sends no <c>matches</c> notification.</summary>
    public static IReadOnlyList<Notification> Of(ScanCompleted scan)
    {
        var matches = scan.Matches;
        var notifications = new List<Notification>
        {
            new(NotificationKinds.ScanCompleted, scan.ScanId, scan.Brand, Counts(
                ("creatives", scan.Creatives), ("newCreatives", scan.NewCreatives), ("failed", scan.Failed), ("matches", matches))),
        };
        if (scan.NewCreatives > 0)
        {
            notifications.Add(new(NotificationKinds.NewCreatives, scan.ScanId, scan.Brand, Counts(("newCreatives", scan.NewCreatives), ("creatives", scan.Creatives))));
        }

        if (matches > 0)
        {
            notifications.Add(new(NotificationKinds.Matches, scan.ScanId, scan.Brand, Counts(("matches", matches))));
        }

        return notifications;
    }

    private static Dictionary<string, int> Counts(params (string Name, int Count)[] counts) =>
        counts.ToDictionary(count => count.Name, count => count.Count, StringComparer.Ordinal);
}
