using Adology.Modules.Contracts;

namespace Adology.Web.Messaging.DeadLetters;

/// <summary>The dead letters of the transport in use: listed oldest first, replayed to their queue, or discarded.</summary>
internal interface IDeadLetters
{
    Task<Page<DeadLetter>> ListAsync(PageRequest page, CancellationToken cancellationToken);

    /// <summary>Sends the message back to its consumer's queue; false when there is no such dead letter.</summary>
    Task<bool> ReplayAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Removes the message for good; false when there is no such dead letter.</summary>
    Task<bool> DiscardAsync(Guid id, CancellationToken cancellationToken);
}
