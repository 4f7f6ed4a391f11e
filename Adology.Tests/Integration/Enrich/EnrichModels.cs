using Adology.Modules.Enrich.Models;
using Microsoft.Extensions.Options;

namespace Adology.Tests.Integration.Enrich;

/// <summary>The models with the production defaults: the files the build copies next to the tests, Debian's tessdata.</summary>
internal static class EnrichModels
{
    public static IOptions<ModelOptions> Defaults() => Options.Create(new ModelOptions());
}
