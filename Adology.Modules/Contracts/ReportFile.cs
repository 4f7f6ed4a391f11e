namespace Adology.Modules.Contracts;

/// <summary>A written report: a temporary file, deleted when <paramref name="Content"/> is closed.</summary>
public sealed record ReportFile(Stream Content, string FileName)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
