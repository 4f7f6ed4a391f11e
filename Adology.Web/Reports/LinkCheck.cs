namespace Adology.Web.Reports;

internal enum LinkCheck
{
    Valid,

    /// <summary>The signature does not match the scan and expiry, or is missing or malformed.</summary>
    Invalid,

    Expired,
}
