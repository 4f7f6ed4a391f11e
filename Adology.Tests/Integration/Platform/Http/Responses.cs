using Microsoft.AspNetCore.Http;

namespace Adology.Tests.Integration.Platform.Http;

/// <summary>What the stub server's routes answer with.</summary>
internal static class Responses
{
    public static Task Body(HttpContext context, byte[] content, string contentType = "application/octet-stream")
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = content.Length;
        return context.Response.Body.WriteAsync(content, context.RequestAborted).AsTask();
    }

    /// <summary>No Content-Length, so Kestrel sends the body in chunks.</summary>
    public static async Task Chunked(HttpContext context, byte[] content)
    {
        foreach (var chunk in content.Chunk(8 * 1024))
        {
            await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
    }

    public static Task Redirect(HttpContext context, string location)
    {
        context.Response.Redirect(location);
        return Task.CompletedTask;
    }

    public static Task Status(HttpContext context, int status, string? retryAfter = null)
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        return Task.CompletedTask;
    }

    public static Task Hang(HttpContext context) => Task.Delay(Timeout.Infinite, context.RequestAborted);
}
