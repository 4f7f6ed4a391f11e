using System.Collections.Concurrent;
using Adology.Modules.Contracts;
using Adology.Tests.Integration.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace Adology.Tests.Integration.Alerts;

/// <summary>An open dashboard of one user: a hub connection that joins no job and records the notifications it receives.</summary>
internal sealed class NotificationWatcher : IAsyncDisposable
{
    private readonly ConcurrentQueue<Notification> notifications = new();
    private readonly HubConnection connection;

    private NotificationWatcher(HubConnection connection)
    {
        this.connection = connection;
        connection.On<Notification>("notification", notifications.Enqueue);
    }

    public IReadOnlyList<Notification> Notifications => [.. notifications];

    public static async Task<NotificationWatcher> ConnectAsync(TestHost host, string accessToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseUri, "hubs/progress"), options => options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken))
            .Build();
        var watcher = new NotificationWatcher(connection);
        await connection.StartAsync();
        return watcher;
    }

    public async Task<Notification> WaitForAsync(Guid scanId, string kind)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (notifications.FirstOrDefault(notification => notification.ScanId == scanId && notification.Kind == kind) is { } found)
            {
                return found;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"No {kind} notification of scan {scanId}");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
