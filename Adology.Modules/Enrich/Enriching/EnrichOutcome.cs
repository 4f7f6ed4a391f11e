namespace Adology.Modules.Enrich.Enriching;

internal enum EnrichOutcome
{
    /// <summary>Every creative of the scan is enriched.</summary>
    Finished,

    /// <summary>The message's time is up; a new message continues.</summary>
    Sliced,

    /// <summary>The scan was cancelled, or is no longer enriching.</summary>
    Stopped,
}
