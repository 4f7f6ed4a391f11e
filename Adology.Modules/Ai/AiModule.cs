using Adology.Modules.Ai.Analysis;
using Adology.Modules.Ai.Insights;
using Adology.Modules.Ai.Models;
using Adology.Modules.Ai.Similarity;
using Adology.Modules.Ai.TextAttributes;
using Adology.Modules.Contracts;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Ai;

public static class AiModule
{
    public static IServiceCollection AddAiModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AiOptions>(configuration.GetSection(AiOptions.Section));
        services.AddAiModels();

        // Built as the host starts: a rule whose pattern cannot be used stops it there, naming the rule, not every batch later.
        services.AddActivatedSingleton(provider => provider.GetRequiredService<IOptions<AiOptions>>().Value.ContentRules is { Count: > 0 } rules
            ? new ContentRules(rules)
            : ContentRules.Default);
        services.AddSingleton<ICreativeInsights, CreativeInsights>();
        services.AddSingleton<SummaryWriter>();
        services.AddSingleton<SimilarityIndexes>();
        services.AddScoped<Analyses>();
        services.AddScoped<AnalysisInputs>();
        services.AddScoped<IAnalyses>(provider => provider.GetRequiredService<Analyses>());
        services.AddScoped<ISimilarCreatives, SimilarCreatives>();
        return services;
    }

    public static void AddAiConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<AnalyzeBrandConsumer, AnalyzeBrandConsumerDefinition>();
}
