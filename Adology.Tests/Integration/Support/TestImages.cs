using Adology.Modules.Gather.Demo;

namespace Adology.Tests.Integration.Support;

internal static class TestImages
{
    /// <summary>A distinct PNG per number (demo designs that are neither planted copies nor near-duplicates).</summary>
    public static byte[] Png(int number) => DemoCreatives.RenderPng("test-images", number * 20);
}
