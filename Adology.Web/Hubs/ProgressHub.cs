using Adology.Modules.Contracts;
using Adology.Web.Endpoints;
using Adology.Web.Scans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Adology.Web.Hubs;

/// <summary>Live progress of scans: a client joins a job's group and receives its <c>progress</c> events (docs/PROTOCOL.md).</summary>
[Authorize]
internal sealed class ProgressHub(IScans scans, ScanStarter starter) : Hub
{
    public const string Path = "/hubs/progress";
    public const string EventName = "progress";

    /// <summary>The hub event of a user's notifications (docs/PROTOCOL.md), sent to their own group.</summary>
    public const string NotificationEventName = "notification";

    public static string GroupOf(Guid jobId) => $"job:{jobId}";

    public static string UserGroupOf(Guid userId) => $"user:{userId}";

    /// <summary>Every connection joins its user's group, through which that user's notifications reach all their open dashboards.</summary>
    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, UserGroupOf(Viewer.UserId), Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public async Task<JobState> JoinJob(Guid jobId)
    {
        // Joined before reading the state, so no event falls between the two; one that arrives twice has seq ≤ state.seq.
        if (await scans.FindAsync(jobId, Viewer, Context.ConnectionAborted) is null)
        {
            throw NotYours(jobId);
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(jobId), Context.ConnectionAborted);
        return await scans.StateAsync(jobId, Viewer, Context.ConnectionAborted) ?? throw NotYours(jobId);
    }

    public Task LeaveJob(Guid jobId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(jobId), Context.ConnectionAborted);

    public async Task<ScanAccepted> StartScan(StartScanRequest request)
    {
        var start = await starter.StartAsync(Viewer, request, Context.ConnectionAborted);
        return start switch
        {
            { RetryAfter: { } wait } => throw new HubException($"Too many scans: try again in {Math.Ceiling(wait.TotalSeconds)} s."),
            { Errors: { } errors } => throw new HubException(
                "Invalid scan request: " + string.Join("; ", errors.Select(error => $"{error.Key}: {string.Join(" ", error.Value)}"))),
            { OverQuota: { } overQuota } => throw new HubException(overQuota.Detail),
            _ => start.Accepted!,
        };
    }

    public async Task CancelJob(Guid jobId)
    {
        switch (await scans.CancelAsync(jobId, Viewer, Context.ConnectionAborted))
        {
            case CancelOutcome.NotFound:
                throw NotYours(jobId);
            case CancelOutcome.AlreadyFinished:
                throw new HubException($"Scan {jobId} has already finished.");
        }
    }

    private Viewer Viewer => Context.User!.ToViewer();

    private static HubException NotYours(Guid jobId) => new($"Scan {jobId} does not exist or is not yours.");
}
