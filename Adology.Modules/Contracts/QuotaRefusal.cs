namespace Adology.Modules.Contracts;

/// <summary>Why a user may not start (or schedule) more: the quota's setting (<c>Quotas__…</c>), its limit, and a sentence naming both.</summary>
public sealed record QuotaRefusal(string Quota, long Limit, string Detail);
