using Adology.Modules.Contracts;
using Adology.Modules.Enrich.Models;

namespace Adology.Modules.Enrich.Enriching;

/// <summary>The text the copy model embeds for a creative: its copy, and the text on its picture when read with confidence.</summary>
internal static class CopyText
{
    public static string Of(AdCopy copy, OnImageText? onImage, float minConfidence) =>
        copy.WithPicture(onImage is { } read && read.Confidence >= minConfidence ? read.Text : null);
}
