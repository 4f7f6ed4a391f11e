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
        services.AddSingleton(provider => new LocalEmbeddings(
            Text: !Options(provider).TextEmbeddings.IsConfigured, Visual: !Options(provider).VisualEmbeddings.IsConfigured));
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(provider => provider.GetRequiredService<LocalEmbeddings>().Text
            ? new TextEmbeddingGenerator()
            : Remote(Options(provider).TextEmbeddings));
        services.AddSingleton<IEmbeddingGenerator<byte[], Embedding<float>>>(provider => provider.GetRequiredService<LocalEmbeddings>().Visual
            ? new VisualEmbeddingGenerator()
            : new DataUriEmbeddingGenerator(Remote(Options(provider).VisualEmbeddings)));
        services.AddSingleton(provider => new SummaryModel(Options(provider).Chat is { IsConfigured: true } chat
            ? Client(chat).GetChatClient(chat.Model).AsIChatClient()
            : null));
        return services;
    }

    private static AiOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<AiOptions>>().Value;

    private static IEmbeddingGenerator<string, Embedding<float>> Remote(ModelEndpoint endpoint) =>
        Client(endpoint).GetEmbeddingClient(endpoint.Model).AsIEmbeddingGenerator();

    private static OpenAIClient Client(ModelEndpoint endpoint) =>
        new(new ApiKeyCredential(endpoint.ApiKey is { Length: > 0 } key ? key : "none"), new OpenAIClientOptions { Endpoint = endpoint.Endpoint });
}
