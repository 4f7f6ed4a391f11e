namespace Adology.Modules.Enrich.Models;

/// <summary>A picture embedding (ResNet-18, 512-d), L2-normalised; one vector per picture, in order.</summary>
internal interface IVisualModel
{
    string Version { get; }

    int Dimensions { get; }

    IReadOnlyList<float[]> Embed(IReadOnlyList<DecodedPicture> pictures);
}
