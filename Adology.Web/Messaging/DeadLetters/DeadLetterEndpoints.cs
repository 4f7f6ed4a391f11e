using Adology.Modules.Contracts;
using Adology.Web.Auth;
using Adology.Web.Hosting;

namespace Adology.Web.Messaging.DeadLetters;

internal static class DeadLetterEndpoints
{
    /// <summary>Admins only: the messages that exhausted their retries, to replay or discard (docs/API.md).</summary>
    public static void MapDeadLetterEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var letters = endpoints.MapGroup("/api/admin/dead-letters").RequireAuthorization(policy => policy.RequireRole(Roles.Admin)).WithTags("Admin");
        letters.MapGet("/", ListAsync).WithName("ListDeadLetters").WithSummary("The messages that exhausted their retries, oldest first.");
        letters.MapPost("/{id}/replay", ReplayAsync).WithName("ReplayDeadLetter").WithSummary("Sends a dead letter back to its consumer's queue.")
            .Produces(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        letters.MapDelete("/{id}", DiscardAsync).WithName("DiscardDeadLetter").WithSummary("Removes a dead letter for good.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Task<Page<DeadLetter>> ListAsync(int? page, int? pageSize, IDeadLetters letters, CancellationToken cancellationToken) =>
        letters.ListAsync(PageRequest.From(page, pageSize), cancellationToken);

    private static async Task<IResult> ReplayAsync(string id, IDeadLetters letters, CancellationToken cancellationToken) =>
        !Guid.TryParse(id, out var messageId) ? NotAnId(id)
        : await letters.ReplayAsync(messageId, cancellationToken) ? Results.Accepted()
        : NotFound(messageId);

    private static async Task<IResult> DiscardAsync(string id, IDeadLetters letters, CancellationToken cancellationToken) =>
        !Guid.TryParse(id, out var messageId) ? NotAnId(id)
        : await letters.DiscardAsync(messageId, cancellationToken) ? Results.NoContent()
        : NotFound(messageId);

    private static IResult NotAnId(string id) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: $"'{id}' is not a dead letter's id (a message id, a GUID).");

    private static IResult NotFound(Guid id) => Problems.NotFound($"There is no dead letter {id}.");
}
