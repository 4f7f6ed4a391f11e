using MassTransit;
using MassTransit.Middleware;

namespace Adology.Web.Messaging.DeadLetters;

internal static class DeadLetterSetup
{
    public static IServiceCollection AddInMemoryDeadLetters(this IServiceCollection services)
    {
        services.AddSingleton<DeadLetterStore>();
        services.AddSingleton<IDeadLetters, InMemoryDeadLetters>();
        return services;
    }

    public static IServiceCollection AddRabbitMqDeadLetters(this IServiceCollection services)
    {
        services.AddSingleton<IDeadLetters, RabbitMqDeadLetters>();
        return services;
    }

    /// <summary>As MassTransit's default error pipe (a Fault event, then the message set aside), set aside in the store.</summary>
    public static void CaptureDeadLetters(this IReceiveEndpointConfigurator endpoint, IRegistrationContext context, string queue)
    {
        var store = context.GetRequiredService<DeadLetterStore>();
        endpoint.ConfigureError(error =>
        {
            error.UseFilter(new GenerateFaultFilter());
            error.UseFilter(new DeadLetterCaptureFilter(store, queue));
            error.UseFilter(new DiscardErrorTransportFilter());
        });
    }
}
