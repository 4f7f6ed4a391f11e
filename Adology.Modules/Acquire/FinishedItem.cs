using Adology.Modules.Contracts;

namespace Adology.Modules.Acquire;

/// <summary>A pending item and how its acquisition ended.</summary>
internal sealed record FinishedItem(PendingCreative Pending, ItemOutcome Outcome);
