namespace Adology.Modules.Enrich.Labels;

/// <summary>Labels a picture with the configured vision model.</summary>
internal interface ICreativeLabeller
{
    /// <summary>The model's name, under which its labels are stored.</summary>
    string Model { get; }

    /// <summary>The labels, or why there are none; never throws for a model failure (only for cancellation).</summary>
    Task<LabelOutcome> LabelAsync(byte[] picture, CancellationToken cancellationToken);
}
