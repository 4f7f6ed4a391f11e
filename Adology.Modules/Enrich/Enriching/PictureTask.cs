using Adology.Modules.Enrich.Models;

namespace Adology.Modules.Enrich.Enriching;

/// <summary>What is still missing of one picture of the scan.</summary>
/// <param name="StoredText">Its on-image text when already read, else null.</param>
/// <param name="NeedsCopies">Some copy it came with is not embedded yet (or its on-image text, part of the copy, is not read yet).</param>
internal sealed record PictureTask(ScanPicture Picture, bool NeedsVisual, bool NeedsText, OnImageText? StoredText, bool NeedsCopies, bool NeedsLabels)
{
    public bool NeedsDecode => NeedsVisual || NeedsText;

    public bool HasWork => NeedsDecode || NeedsCopies || NeedsLabels;
}
