namespace Adology.Modules.Contracts;

/// <summary>The types of <see cref="ProgressEvent"/>.</summary>
public static class ProgressType
{
    public const string Started = "STARTED";
    public const string Progress = "PROGRESS";
    public const string ItemFound = "ITEM_FOUND";
    public const string MatchFound = "MATCH_FOUND";
    public const string Complete = "COMPLETE";
    public const string Error = "ERROR";
    public const string Cancelled = "CANCELLED";

    public static bool IsFinal(string type) => type is Complete or Error or Cancelled;
}
