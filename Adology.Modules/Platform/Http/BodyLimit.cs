namespace Adology.Modules.Platform.Http;

/// <summary>A cap on one fetch's body below the client's own, named by the setting that sets it (said when it is hit).</summary>
internal sealed record BodyLimit(long MaxBytes, string Setting);
