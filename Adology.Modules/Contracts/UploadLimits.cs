namespace Adology.Modules.Contracts;

/// <summary>The limits of an upload request that the host enforces while it receives the request.</summary>
public sealed record UploadLimits(long MaxRequestBytes, int MaxFiles);
