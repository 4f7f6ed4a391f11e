using Adology.Modules.Contracts;

namespace Adology.Web.Scans;

/// <summary>How a request to start a scan ended: accepted, invalid (errors by field), an upload refused, or over the user's limit.</summary>
internal sealed record ScanStart(ScanAccepted? Accepted, IDictionary<string, string[]>? Errors, TimeSpan? RetryAfter)
{
    public UploadRefusal? Refusal { get; init; }

    /// <summary>The user is over a quota (<c>Quotas__…</c>): nothing was started.</summary>
    public QuotaRefusal? OverQuota { get; init; }

    public static ScanStart From(ScanAdmission admission) => new(admission.Accepted, null, null) { OverQuota = admission.Refusal };
}
