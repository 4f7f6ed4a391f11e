namespace Adology.Modules.Enrich.Labels;

/// <summary>A vision-capable OpenAI-compatible chat model (<c>Ai:Vision</c>) that labels each creative; none by default.</summary>
internal sealed class VisionOptions
{
    public const string Section = "Ai:Vision";

    /// <summary>The API's base address, e.g. <c>https://api.openai.com/v1</c> or <c>http://127.0.0.1:11434/v1</c>.</summary>
    public Uri? Endpoint { get; set; }

    public string? Model { get; set; }

    /// <summary>Sent as the bearer token; local servers usually ignore it.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How many pictures the model is asked about at once, over the whole host.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>How long one request may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a failed or invalid answer is asked again, after <see cref="RetryDelay"/>, doubling.</summary>
    public int Retries { get; set; } = 2;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public bool IsConfigured => Endpoint is not null && !string.IsNullOrWhiteSpace(Model);
}
