using System.Text.Json;
using Adology.Modules.Ai.Models;
using Adology.Modules.Contracts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Ai.Analysis;

/// <summary>
/// Has the configured chat model rewrite the template's summary from the analysis's figures. Without a model, or
/// when it fails or takes longer than <see cref="AiOptions.ChatTimeout"/>, the template's summary stands: the
/// analysis never waits on, or fails for, a model.
/// </summary>
internal sealed class SummaryWriter(SummaryModel model, IOptions<AiOptions> options, ILogger<SummaryWriter> logger)
{
    public const string ModelSource = "model";

    private const string Instructions =
        "You are a marketing analyst. From the JSON figures of a brand's advertising analysis, write a summary of at most " +
        "four plain sentences for a marketer: how many creatives, what is new, the main themes and looks, the channels, " +
        "and any duplicates or flagged copy. Use only the figures given. No lists, no markdown.";

    public async Task<BrandAnalysis> SummarizeAsync(BrandAnalysis analysis, CancellationToken cancellationToken)
    {
        if (model.Client is not { } client)
        {
            return analysis;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ChatTimeout);
        try
        {
            var response = await client.GetResponseAsync(
                [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, Figures(analysis))], cancellationToken: timeout.Token);
            var text = response.Text.Trim();
            return text.Length > 0 ? analysis with { Summary = text, SummarySource = ModelSource } : analysis;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "The chat model did not summarise the analysis of scan {ScanId}; the template's summary stands", analysis.ScanId);
            return analysis;
        }
    }

    // The figures without the long lists of ids and URLs, which say nothing a summary needs.
    private static string Figures(BrandAnalysis analysis) => JsonSerializer.Serialize(
        analysis with
        {
            ExactDuplicateGroups = [],
            NearDuplicateGroups = [],
            Changes = analysis.Changes with { NewIds = [], GoneIds = [] },
            Clusters = [.. analysis.Clusters.Select(cluster => cluster with { Examples = [] })],
            Summary = string.Empty,
        },
        JsonSerializerOptions.Web) + $"\nExact-duplicate groups: {analysis.ExactDuplicateGroups.Count}; near-duplicate groups: {analysis.NearDuplicateGroups.Count}.";
}
