namespace Adology.Modules.Ai.Models;

/// <summary>An OpenAI-compatible API (<c>POST {Endpoint}/embeddings</c>, <c>/chat/completions</c>) and the model to ask.</summary>
internal sealed class ModelEndpoint
{
    /// <summary>The API's base address, e.g. <c>https://api.openai.com/v1</c> or <c>http://127.0.0.1:11434/v1</c>.</summary>
    public Uri? Endpoint { get; set; }

    public string? Model { get; set; }

    /// <summary>Sent as the bearer token; local servers usually ignore it.</summary>
    public string? ApiKey { get; set; }

    public bool IsConfigured => Endpoint is not null && !string.IsNullOrWhiteSpace(Model);
}
