using System.Text.Json;
using Adology.Modules.Contracts;
using MassTransit;
using MassTransit.Serialization;

namespace Adology.Web.Messaging.DeadLetters;

/// <summary>The in-memory transport's dead letters, captured in its endpoints' error pipes instead of its <c>_error</c> queues.</summary>
internal sealed class InMemoryDeadLetters(DeadLetterStore store, IBus bus) : IDeadLetters
{
    private static readonly string ContractsUrn = $"urn:message:{typeof(ScanRequested).Namespace}:";

    public Task<Page<DeadLetter>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var (letters, total) = store.Read(page.Skip, page.PageSize);
        return Task.FromResult(new Page<DeadLetter>([.. letters.Select(stored => stored.Letter)], total, page.PageNumber, page.PageSize));
    }

    public async Task<bool> ReplayAsync(Guid id, CancellationToken cancellationToken)
    {
        if (store.Take(id) is not { } stored)
        {
            return false;
        }

        try
        {
            var type = ContractOf(stored.MessageUrn);
            var message = stored.Letter.Message.Deserialize(type, SystemTextJsonMessageSerializer.Options)!;
            var queue = await bus.GetSendEndpoint(stored.InputAddress);
            await queue.Send(message, type, cancellationToken);
            return true;
        }
        catch
        {
            store.PutBack(stored);
            throw;
        }
    }

    public Task<bool> DiscardAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(store.Take(id) is not null);

    /// <summary>Only messages of the contracts are sent back, as only they have consumers here.</summary>
    private static Type ContractOf(string urn) =>
        urn.StartsWith(ContractsUrn, StringComparison.Ordinal) && typeof(ScanRequested).Assembly.GetType($"{typeof(ScanRequested).Namespace}.{urn[ContractsUrn.Length..]}") is { } type
            ? type
            : throw new InvalidOperationException($"Dead letter of {urn} is not a message of the contracts.");
}
