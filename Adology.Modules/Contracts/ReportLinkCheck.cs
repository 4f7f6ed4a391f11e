namespace Adology.Modules.Contracts;

/// <summary>What <see cref="IReportLinks.Check"/> found of a link's expiry and signature.</summary>
public enum ReportLinkCheck
{
    Valid,

    /// <summary>The signature does not match the scan and expiry, or is missing or malformed.</summary>
    Invalid,

    Expired,
}
