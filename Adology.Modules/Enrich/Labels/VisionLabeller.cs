using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;

namespace Adology.Modules.Enrich.Labels;

/// <summary>
/// Asks the configured vision model (<c>Ai:Vision</c>) for a picture's labels: a bounded number of requests at once
/// over the host, each within a timeout, an invalid or failed answer asked again with backoff. When all attempts fail
/// the creative stays unlabelled with the reason; the scan goes on.
/// </summary>
internal sealed class VisionLabeller : ICreativeLabeller, IDisposable
{
    private const int MaxReasonLength = 500;

    private readonly IChatClient client;
    private readonly VisionOptions options;
    private readonly SemaphoreSlim slots;
    private readonly TimeProvider clock;
    private readonly ILogger<VisionLabeller> logger;

    public VisionLabeller(IOptions<VisionOptions> options, TimeProvider clock, ILogger<VisionLabeller> logger)
    {
        this.options = options.Value;
        this.clock = clock;
        this.logger = logger;
        slots = new SemaphoreSlim(Math.Max(1, this.options.Concurrency));
        client = Client(this.options);
    }

    public string Model => options.Model!;

    public async Task<LabelOutcome> LabelAsync(byte[] picture, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        try
        {
            var outcome = await AskAsync(picture, cancellationToken);
            for (var retry = 0; retry < options.Retries && outcome.Labels is null; retry++)
            {
                await Task.Delay(options.RetryDelay * Math.Pow(2, retry), clock, cancellationToken);
                outcome = await AskAsync(picture, cancellationToken);
            }

            if (outcome.Failure is { } failure)
            {
                logger.LogWarning("The vision model left a creative unlabelled: {Reason}", failure);
            }

            return outcome;
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose()
    {
        slots.Dispose();
        client.Dispose();
    }

    private async Task<LabelOutcome> AskAsync(byte[] picture, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.Timeout);
        try
        {
            var response = await client.GetResponseAsync(LabelPrompt.Messages(picture), LabelPrompt.Options, limit.Token);
            return LabelAnswer.Read(response.Text);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return LabelOutcome.Failed($"the vision model did not answer within {options.Timeout.TotalSeconds:0.#} s");
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            var reason = $"the vision model failed: {exception.Message}";
            return LabelOutcome.Failed(reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason);
        }
    }

    // Retries and the timeout are this class's, so the client neither retries nor times out on its own.
    private static IChatClient Client(VisionOptions vision) =>
        new OpenAIClient(
                new ApiKeyCredential(vision.ApiKey is { Length: > 0 } key ? key : "none"),
                new OpenAIClientOptions { Endpoint = vision.Endpoint, RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = Timeout.InfiniteTimeSpan })
            .GetChatClient(vision.Model)
            .AsIChatClient();
}
