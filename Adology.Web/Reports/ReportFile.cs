namespace Adology.Web.Reports;

/// <summary>A written report: a temporary file, deleted when <paramref name="Content"/> is closed.</summary>
internal sealed record ReportFile(Stream Content, string FileName);
