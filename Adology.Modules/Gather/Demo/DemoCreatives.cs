namespace Adology.Modules.Gather.Demo;

/// <summary>
/// Synthetic creatives for the demo source, so a first run needs nothing outside the host. Everything is a
/// pure function of (brand, index): the same bytes in every process. Indexes start at 0.
/// </summary>
internal static class DemoCreatives
{
    public const int MaxPerBrand = 100_000;

    /// <summary>The copy of an index; a near-duplicate runs the copy of the ad it varies, as a variant of one ad does.</summary>
    public static DemoCreative Describe(string brand, int index)
    {
        Validate(brand, index);
        return IsNearDuplicate(index) ? DemoCopy.Write(brand, index - 10) with { Index = index } : DemoCopy.Write(brand, index);
    }

    /// <summary>
    /// Which design an index shows. Exact duplicates are planted: every index with <c>index % 20 == 19</c> shows
    /// the design of <c>index - 19</c>, as the very same PNG bytes. Every other index is its own design.
    /// </summary>
    public static int DesignOf(int index) => index % 20 == 19 ? index - 19 : index;

    /// <summary>
    /// Near-duplicates are planted too: an index with <c>index % 20 == 10</c> shows the picture of
    /// <c>index - 10</c> with a small corner badge, so its perceptual hash is within 4 bits but its SHA-256 differs.
    /// </summary>
    public static bool IsNearDuplicate(int index) => index % 20 == 10;

    public static byte[] RenderPng(string brand, int index)
    {
        Validate(brand, index);
        var design = DesignOf(index);
        return IsNearDuplicate(design)
            ? DemoPainter.Paint(brand, design - 10, badge: true)
            : DemoPainter.Paint(brand, design, badge: false);
    }

    private static void Validate(string brand, int index)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, MaxPerBrand);
    }
}
