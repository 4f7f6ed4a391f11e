using Adology.Modules.Contracts;

namespace Adology.Web.Auth;

/// <summary>The token signing key, from which the Reports module derives its link key when none is configured.</summary>
internal sealed class ReportLinkKey(SigningKey signingKey) : IReportLinkKey
{
    public byte[] Secret => signingKey.Key.Key;
}
