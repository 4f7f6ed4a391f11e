using Adology.Modules.Contracts;

namespace Adology.Modules.Enrich.Labels;

/// <summary>The vision model's labels of a picture, or the reason it gave none.</summary>
internal sealed record LabelOutcome(CreativeLabels? Labels, string? Failure)
{
    public static LabelOutcome Of(CreativeLabels labels) => new(labels, null);

    public static LabelOutcome Failed(string reason) => new(null, reason);
}
