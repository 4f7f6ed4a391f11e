using System.Collections.Concurrent;
using System.Reflection;
using MassTransit;

namespace Adology.Web.Messaging;

/// <summary>The scan a message is about: its <c>Guid ScanId</c> property, or the distinct ones of a <see cref="Batch{T}"/>.</summary>
internal static class ScanIds
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> Properties = new();

    public static string? Of(object message)
    {
        if (message is IEnumerable<ConsumeContext<object>> batch)
        {
            var ids = batch.Select(item => Read(item.Message)).OfType<Guid>().Distinct().ToList();
            return ids.Count == 0 ? null : string.Join(",", ids);
        }

        return Read(message)?.ToString();
    }

    private static Guid? Read(object message) =>
        Properties.GetOrAdd(message.GetType(), type => type.GetProperty("ScanId") is { } property && property.PropertyType == typeof(Guid) ? property : null)
            ?.GetValue(message) as Guid?;
}
