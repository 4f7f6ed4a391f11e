using Adology.Modules.Enrich.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Adology.Tests.Integration.Enrich;

public sealed class EnrichModelsRegistrationTests
{
    [Test]
    public void The_models_are_one_per_host_and_load_nothing_until_first_used()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Ai:Models:ModelsPath"] = "/nonexistent/models" }).Build();
        using var services = new ServiceCollection().AddEnrichModels(configuration).BuildServiceProvider();

        var visual = services.GetRequiredService<IVisualModel>();
        var copy = services.GetRequiredService<ICopyModel>();
        var reader = services.GetRequiredService<IOnImageTextReader>();

        Assert.Multiple(() =>
        {
            Assert.That(services.GetRequiredService<IVisualModel>(), Is.SameAs(visual));
            Assert.That(services.GetRequiredService<IOnImageTextReader>(), Is.SameAs(reader));
            Assert.That(() => visual.Embed([new DecodedPicture(new byte[4], 1, 1)]), Throws.InstanceOf<FileNotFoundException>().With.Message.Contains("/nonexistent/models"));
            Assert.That(() => copy.Embed(["sale"]), Throws.InstanceOf<FileNotFoundException>().With.Message.Contains("/nonexistent/models"));
        });
    }

    [Test]
    public void Options_default_to_the_production_settings()
    {
        var options = new ModelOptions();

        Assert.That((options.Enabled, options.TesseractLanguage, options.IntraOpThreads, options.OcrMaxSide), Is.EqualTo((true, "eng", 1, 1600)));
        Assert.That(File.Exists(Path.Combine(options.ModelsPath, ResNetVisualModel.ModelFile)), Is.True);
        Assert.That(File.Exists(Path.Combine(options.TessdataPath, "eng.traineddata")), Is.True);
    }
}
