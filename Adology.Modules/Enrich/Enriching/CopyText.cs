using Adology.Modules.Contracts;
using Adology.Modules.Enrich.Models;

namespace Adology.Modules.Enrich.Enriching;

/// <summary>
/// The text the copy model embeds for a creative: its copy and the text on its picture (the reader keeps only the
/// words it is fairly sure of, so what it returns is taken whole).
/// </summary>
internal static class CopyText
{
    public static string Of(AdCopy copy, OnImageText? onImage) => copy.WithPicture(onImage?.Text);
}
