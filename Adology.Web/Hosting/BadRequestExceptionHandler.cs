using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Adology.Web.Hosting;

/// <summary>A body that cannot be read as the request's JSON is a 400 naming the field, not a 500.</summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var problem = new ValidationProblemDetails { Status = badRequest.StatusCode, Title = "The request is not valid." };
        if (badRequest.InnerException is JsonException { Path: { } path } json)
        {
            var field = path.TrimStart('$', '.');
            problem.Errors[field.Length == 0 ? "body" : field] = [json.Message];
        }
        else
        {
            problem.Detail = badRequest.Message;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
