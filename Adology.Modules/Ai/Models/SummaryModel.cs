using Microsoft.Extensions.AI;

namespace Adology.Modules.Ai.Models;

/// <summary>The chat model that writes analysis summaries, when <c>Ai:Chat</c> configures one; null otherwise.</summary>
internal sealed record SummaryModel(IChatClient? Client);
