using System.Diagnostics;

#pragma warning disable CA1050 // The runtime looks for a type named StartupHook in the global namespace.

/// <summary>
/// Blocks, for good and deaf to cancellation, every activity (a MassTransit consume, a CPU job's caller, an HTTP
/// request...) whose name or tags contain <c>STUCK_WORK_ACTIVITY</c>: as an item that pins a thread in a regex does.
/// </summary>
internal static class StartupHook
{
    private static readonly List<ActivityListener> Listeners = [];

    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable("STUCK_WORK_ACTIVITY") is not { Length: > 0 } marker)
        {
            return;
        }

        var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = activity => BlockIfMarked(activity, marker),
        };
        ActivitySource.AddActivityListener(listener);
        Listeners.Add(listener);
    }

    private static void BlockIfMarked(Activity activity, string marker)
    {
        var marked = activity.DisplayName.Contains(marker, StringComparison.Ordinal)
            || activity.Tags.Any(tag => tag.Value?.Contains(marker, StringComparison.Ordinal) == true);
        if (marked)
        {
            Console.Error.WriteLine($"stuck-work: blocking '{activity.DisplayName}' on thread {Environment.CurrentManagedThreadId} for good");
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
