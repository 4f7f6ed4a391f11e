namespace Adology.Modules.Contracts;

/// <summary>
/// What the models read off one creative, stored per content hash (and per copy) and model version; null parts are
/// not (yet) read, or their model is off.
/// </summary>
/// <param name="Visual">The picture's embedding by the local visual model (unit length).</param>
/// <param name="Copy">The embedding of its copy and on-image text by the local copy model (unit length).</param>
/// <param name="OnImageText">The text printed on the picture, as read.</param>
/// <param name="OnImageTextConfidence">The reader's mean confidence, 0 to 1.</param>
/// <param name="Labels">The vision model's labels, or null.</param>
/// <param name="LabelFailure">Why the vision model left the creative unlabelled, or null.</param>
public sealed record CreativeEnrichment(
    float[]? Visual,
    float[]? Copy,
    string? OnImageText,
    float? OnImageTextConfidence,
    CreativeLabels? Labels,
    string? LabelFailure)
{
    public static CreativeEnrichment None { get; } = new(null, null, null, null, null, null);
}
