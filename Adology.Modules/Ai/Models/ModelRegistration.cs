using System.ClientModel;
using Adology.Modules.Ai.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenAI;

namespace Adology.Modules.Ai.Models;

/// <summary>
/// The embedding generators and the chat client: local and deterministic by default; an OpenAI-compatible
/// endpoint configured under <c>Ai:TextEmbeddings</c>, <c>Ai:VisualEmbeddings</c> or <c>Ai:Chat</c> replaces each.
/// Without <c>Ai:Chat</c> the chat client is null and summaries come from a template.
/// </summary>
internal static class ModelRegistration
{
    public static IServiceCollection AddAiModels(this IServiceCollection services)
    {
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(provider => Options(provider).TextEmbeddings is { IsConfigured: true } text
            ? Client(text).GetEmbeddingClient(text.Model).AsIEmbeddingGenerator()
            : new TextEmbeddingGenerator());
        services.AddSingleton<IEmbeddingGenerator<byte[], Embedding<float>>>(provider => Options(provider).VisualEmbeddings is { IsConfigured: true } visual
            ? new DataUriEmbeddingGenerator(Client(visual).GetEmbeddingClient(visual.Model).AsIEmbeddingGenerator())
            : new VisualEmbeddingGenerator());
        services.AddSingleton(provider => new SummaryModel(Options(provider).Chat is { IsConfigured: true } chat
            ? Client(chat).GetChatClient(chat.Model).AsIChatClient()
            : null));
        return services;
    }

    private static AiOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<AiOptions>>().Value;

    private static OpenAIClient Client(ModelEndpoint endpoint) =>
        new(new ApiKeyCredential(endpoint.ApiKey is { Length: > 0 } key ? key : "none"), new OpenAIClientOptions { Endpoint = endpoint.Endpoint });
}
