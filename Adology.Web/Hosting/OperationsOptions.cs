namespace Adology.Web.Hosting;

/// <summary>Who may read the operations endpoints: everyone (the default), admins only, or no one (not mapped).</summary>
internal enum EndpointAccess
{
    Anonymous,
    Admins,
    Off,
}

internal sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary><c>/metrics</c> (Prometheus).</summary>
    public EndpointAccess Metrics { get; set; } = EndpointAccess.Anonymous;

    /// <summary><c>/openapi/v1.json</c> and <c>/scalar</c>.</summary>
    public EndpointAccess ApiDocs { get; set; } = EndpointAccess.Anonymous;
}
