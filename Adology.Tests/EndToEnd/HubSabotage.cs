using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Adology.Tests.EndToEnd;

/// <summary>
/// Sits between the page and the progress hub: loses one ITEM_FOUND event (a seq gap) and, a few events
/// later, drops the first connection, so the page must re-join and reload its results to be right.
/// </summary>
internal sealed partial class HubSabotage
{
    private const char RecordSeparator = '\u001e';

    private readonly int loseItemFound;
    private readonly int dropAtItemFound;
    private int connections;
    private int itemFound;
    private int joins;

    private HubSabotage(int loseItemFound, int dropAtItemFound)
    {
        this.loseItemFound = loseItemFound;
        this.dropAtItemFound = dropAtItemFound;
    }

    public int Connections => Volatile.Read(ref connections);

    public int Joins => Volatile.Read(ref joins);

    public bool Lost { get; private set; }

    public bool Dropped { get; private set; }

    public static async Task<HubSabotage> InstallAsync(IPage page, int loseItemFound, int dropAtItemFound)
    {
        var sabotage = new HubSabotage(loseItemFound, dropAtItemFound);
        await page.RouteWebSocketAsync(HubPath(), sabotage.Route);
        return sabotage;
    }

    private void Route(IWebSocketRoute page)
    {
        var connection = Interlocked.Increment(ref connections);
        var server = page.ConnectToServer();
        page.OnMessage(frame =>
        {
            if (frame.Text is null)
            {
                server.Send(frame.Binary!);
                return;
            }

            if (frame.Text.Contains("\"JoinJob\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref joins);
            }

            server.Send(frame.Text);
        });
        server.OnMessage(frame =>
        {
            var kept = new List<string>();
            foreach (var record in (frame.Text ?? string.Empty).Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                if (record.Contains("\"ITEM_FOUND\"", StringComparison.Ordinal))
                {
                    var number = Interlocked.Increment(ref itemFound);
                    if (number == loseItemFound)
                    {
                        Lost = true;
                        continue;
                    }

                    if (number == dropAtItemFound && connection == 1)
                    {
                        Dropped = true;
                        _ = page.CloseAsync(new() { Code = 4000, Reason = "dropped by the test" });
                        _ = server.CloseAsync();
                        return;
                    }
                }

                kept.Add(record + RecordSeparator);
            }

            if (kept.Count > 0)
            {
                page.Send(string.Concat(kept));
            }
        });
    }

    [GeneratedRegex("/hubs/progress")]
    private static partial Regex HubPath();
}
