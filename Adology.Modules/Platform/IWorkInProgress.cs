namespace Adology.Modules.Platform;

/// <summary>Work the host is doing right now, described for the log line of a shutdown that had to be forced.</summary>
public interface IWorkInProgress
{
    /// <summary>What is still running (say "acquire-creatives: 2 in flight"), or null when nothing is.</summary>
    string? Describe();
}
