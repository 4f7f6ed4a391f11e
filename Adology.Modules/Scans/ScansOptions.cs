namespace Adology.Modules.Scans;

internal sealed class ScansOptions
{
    public const string Section = "Scans";

    /// <summary>A scan with a larger share of failed items ends failed instead of completed.</summary>
    public int MaxFailedPercent { get; set; } = 50;
}
