namespace Adology.Modules.Contracts;

/// <summary>A scan started, or refused because its owner is over a quota (nothing written then).</summary>
public sealed record ScanAdmission(ScanAccepted? Accepted, QuotaRefusal? Refusal);
