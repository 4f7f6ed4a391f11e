namespace Adology.Modules.Contracts;

/// <summary>
/// News of a scan for its owner's open dashboards (hub event <c>notification</c>) and webhooks:
/// <c>{kind, scanId, brand, counts}</c>.
/// </summary>
/// <param name="Kind">One of <see cref="NotificationKinds"/>.</param>
/// <param name="Counts">What the kind counts, by camelCase name (<c>creatives</c>, <c>newCreatives</c>, <c>failed</c>, <c>matches</c>).</param>
public sealed record Notification(string Kind, Guid ScanId, string Brand, IReadOnlyDictionary<string, int> Counts);
