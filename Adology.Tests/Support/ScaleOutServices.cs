namespace Adology.Tests.Support;

/// <summary>The RabbitMQ and Redis that test.sh starts for the tests of several hosts.</summary>
internal static class ScaleOutServices
{
    public static string RabbitMqPort => Port("ADOLOGY_RABBITMQ_PORT");

    public static string Redis => $"127.0.0.1:{Port("ADOLOGY_REDIS_PORT")}";

    /// <summary>A host's settings (as configuration keys) for the RabbitMQ transport.</summary>
    public static Dictionary<string, string?> RabbitMqSettings() => new()
    {
        ["Messaging:Transport"] = "RabbitMq",
        ["Messaging:RabbitMq:Host"] = "127.0.0.1",
        ["Messaging:RabbitMq:Port"] = RabbitMqPort,
    };

    private static string Port(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } port
            ? port
            : throw new InvalidOperationException($"{variable} is not set: run the tests with ./test.sh, which starts RabbitMQ and Redis.");
}
