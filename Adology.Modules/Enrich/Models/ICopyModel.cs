namespace Adology.Modules.Enrich.Models;

/// <summary>A sentence embedding of ad copy (all-MiniLM-L6-v2, 384-d), L2-normalised; one vector per text, in order.</summary>
internal interface ICopyModel
{
    string Version { get; }

    int Dimensions { get; }

    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts);
}
