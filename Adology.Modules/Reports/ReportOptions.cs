namespace Adology.Modules.Reports;

internal sealed class ReportOptions
{
    public const string Section = "Reports";

    public const int MinimumKeyLength = 32;

    /// <summary>HMAC key of the share links, at least 32 characters; empty derives one from <c>Auth:SigningKey</c>.</summary>
    public string LinkKey { get; set; } = string.Empty;

    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);
}
