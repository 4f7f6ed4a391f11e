namespace Adology.Web.Jobs;

internal sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Staged items (and their failure reasons) and the logged events of a finished scan are kept this long.</summary>
    public TimeSpan FinishedScanItemsAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A blob nothing refers to is removed once it is this old.</summary>
    public TimeSpan UnreferencedBlobAge { get; set; } = TimeSpan.FromDays(1);
}
