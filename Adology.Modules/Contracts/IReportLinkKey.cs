namespace Adology.Modules.Contracts;

/// <summary>
/// The host's secret that report links are signed under when <c>Reports:LinkKey</c> is not set: the links' key is
/// derived from it, so every host that shares it accepts the others' links.
/// </summary>
public interface IReportLinkKey
{
    byte[] Secret { get; }
}
