using MassTransit;

namespace Adology.Web.Messaging.DeadLetters;

/// <summary>In the error pipe of an in-memory endpoint: keeps the failed message in the <see cref="DeadLetterStore"/>.</summary>
internal sealed class DeadLetterCaptureFilter(DeadLetterStore store, string queue) : IFilter<ExceptionReceiveContext>
{
    public Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        var envelope = MessageEnvelope.Read(
            context.Body.GetBytes(), context.ContentType?.MediaType, name => context.TransportHeaders.Get<string>(name));
        var exception = context.Exception.GetBaseException();
        var letter = new DeadLetter(
            envelope.MessageId, queue, envelope.MessageType, envelope.Message, exception.GetType().FullName, exception.Message, context.ExceptionTimestamp);
        store.Add(new StoredDeadLetter(letter, envelope.MessageUrn, context.InputAddress));
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("deadLetterCapture");
}
