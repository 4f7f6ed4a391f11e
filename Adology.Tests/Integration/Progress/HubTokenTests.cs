using System.Net;
using Adology.Tests.Integration.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace Adology.Tests.Integration.Progress;

/// <summary>A hub connection lives no longer than its token: it is closed when the token expires or is revoked, and a revoked token cannot open one.</summary>
public sealed class HubTokenTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Test]
    public async Task A_connection_is_closed_when_its_token_expires()
    {
        using var host = new TestHost(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false", ["Auth:TokenLifetime"] = "00:00:04" });
        var user = await ApiUser.RegisterAsync(host);
        await using var watcher = await ProgressWatcher.ConnectAsync(host, user.AccessToken);
        var closed = Closed(watcher.Connection);
        var openedAt = DateTimeOffset.UtcNow;

        var closedAt = await closed.WaitAsync(Patience);

        Assert.That(closedAt - openedAt, Is.GreaterThan(TimeSpan.FromSeconds(1)), "closed at once, not at the token's expiry");
        Assert.That(watcher.Connection.State, Is.EqualTo(HubConnectionState.Disconnected));
    }

    [Test]
    public async Task An_open_connection_is_closed_when_its_user_logs_out()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        await using var watcher = await ProgressWatcher.ConnectAsync(SharedHost.Instance, user.AccessToken);
        var closed = Closed(watcher.Connection);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.That(closed.IsCompleted, Is.False, "closed before the logout");

        Assert.That((await user.Http.PostAsync("/api/auth/logout", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await closed.WaitAsync(Patience);
        Assert.That(watcher.Connection.State, Is.EqualTo(HubConnectionState.Disconnected));
    }

    [Test]
    public async Task A_logout_closes_its_users_connections_and_leaves_another_users_open()
    {
        var leaving = await ApiUser.RegisterAsync(SharedHost.Instance);
        var staying = await ApiUser.RegisterAsync(SharedHost.Instance);
        await using var first = await ProgressWatcher.ConnectAsync(SharedHost.Instance, leaving.AccessToken);
        await using var second = await ProgressWatcher.ConnectAsync(SharedHost.Instance, leaving.AccessToken);
        await using var other = await ProgressWatcher.ConnectAsync(SharedHost.Instance, staying.AccessToken);
        var bothClosed = Task.WhenAll(Closed(first.Connection), Closed(second.Connection));

        Assert.That((await leaving.Http.PostAsync("/api/auth/logout", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await bothClosed.WaitAsync(Patience);
        Assert.That(other.Connection.State, Is.EqualTo(HubConnectionState.Connected));
    }

    [Test]
    public async Task A_revoked_token_cannot_connect()
    {
        var user = await ApiUser.RegisterAsync(SharedHost.Instance);
        var oldToken = user.AccessToken;
        Assert.That((await user.Http.PostAsync("/api/auth/logout", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var refused = Assert.ThrowsAsync<HttpRequestException>(async () => await ProgressWatcher.ConnectAsync(SharedHost.Instance, oldToken));

        Assert.That(refused!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private static Task<DateTimeOffset> Closed(HubConnection connection)
    {
        var closed = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult(DateTimeOffset.UtcNow);
            return Task.CompletedTask;
        };
        return closed.Task;
    }
}
