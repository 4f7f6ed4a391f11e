using Cronos;

namespace Adology.Web.Endpoints;

/// <summary>How close together a cron expression's runs come, read from its runs over a year (every pattern of five fields repeats within one).</summary>
internal static class CronIntervals
{
    /// <summary>True when two runs in the year from <paramref name="from"/> are less than <paramref name="minimum"/> apart.</summary>
    public static bool RunsMoreOftenThan(string cron, TimeSpan minimum, DateTimeOffset from)
    {
        if (minimum <= TimeSpan.Zero)
        {
            return false;
        }

        DateTimeOffset? previous = null;
        foreach (var run in CronExpression.Parse(cron).GetOccurrences(from, from.AddYears(1).AddDays(1), TimeZoneInfo.Utc))
        {
            if (run - previous < minimum)
            {
                return true;
            }

            previous = run;
        }

        return false;
    }
}
