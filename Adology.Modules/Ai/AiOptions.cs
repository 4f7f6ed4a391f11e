namespace Adology.Modules.Ai;

internal sealed class AiOptions
{
    public const string Section = "Ai";

    /// <summary>Creatives whose perceptual hashes differ in at most this many of 64 bits are near-duplicates.</summary>
    public int NearDuplicateDistance { get; set; } = 6;
}
