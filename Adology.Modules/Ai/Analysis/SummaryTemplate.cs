using System.Globalization;
using System.Text;
using Adology.Modules.Contracts;

namespace Adology.Modules.Ai.Analysis;

/// <summary>The plain-language summary of an analysis written from its figures, when no chat model is configured.</summary>
internal static class SummaryTemplate
{
    public const string Source = "template";

    public static string Write(BrandAnalysis analysis)
    {
        var text = new StringBuilder();
        var changes = analysis.Changes;
        text.Append(Invariant($"{analysis.Brand} has {analysis.Creatives} distinct creatives; this scan found {analysis.ScanItems - analysis.ScanFailed} of {analysis.ScanItems}"));
        text.Append(changes.PreviousScanAt is { } previous
            ? Invariant($", {changes.New} new since the scan of {previous:yyyy-MM-dd HH:mm} UTC, {changes.Returning} back and {changes.Gone} no longer seen.")
            : Invariant($", {changes.New} of them new."));
        if (analysis.Clusters.Count > 1)
        {
            var themes = analysis.Clusters.Take(3).Select(cluster =>
                Invariant($"{Themes(cluster)} ({cluster.Share:P0})"));
            text.Append(Invariant($" Its creatives fall into {analysis.Clusters.Count} groups: {string.Join(", ", themes)}."));
        }
        else if (analysis.Clusters.Count == 1)
        {
            text.Append(Invariant($" Its creatives form one group: {Themes(analysis.Clusters[0])}."));
        }

        if (analysis.DominantColours.Count > 0)
        {
            text.Append(" Dominant colours: ").Append(string.Join(", ", analysis.DominantColours.Take(3).Select(colour => Invariant($"{colour.Name} ({colour.Share:P0})")))).Append('.');
        }

        if (Largest(analysis.Platforms) is { } platform)
        {
            text.Append(Invariant($" Mostly on {platform.Key} ({(double)platform.Value / analysis.Creatives:P0})"));
            text.Append(Largest(analysis.Formats) is { } format ? Invariant($"; most are {format.Key}.") : ".");
        }

        text.Append(Invariant($" {analysis.ExactDuplicateGroups.Count} exact-duplicate and {analysis.NearDuplicateGroups.Count} near-duplicate groups"));
        text.Append(analysis.Copy.Flagged > 0
            ? Invariant($"; {analysis.Copy.Flagged} flagged by the content rules ({string.Join(", ", analysis.Copy.Flags.Keys)}).")
            : "; none flagged by the content rules.");
        return text.ToString();
    }

    private static string Themes(CreativeCluster cluster) =>
        cluster.Themes.Count > 0 ? $"“{string.Join(", ", cluster.Themes.Take(3))}”" : "no common wording";

    private static KeyValuePair<string, int>? Largest(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? null : counts.MaxBy(pair => pair.Value);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
