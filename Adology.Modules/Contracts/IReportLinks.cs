namespace Adology.Modules.Contracts;

/// <summary>Signs and checks the expiring links that give a scan's report without a token.</summary>
public interface IReportLinks
{
    ReportLink Create(Guid scanId);

    ReportLinkCheck Check(Guid scanId, string? expires, string? signature);
}
