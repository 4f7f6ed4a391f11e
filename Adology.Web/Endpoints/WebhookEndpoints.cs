using System.Security.Claims;
using Adology.Modules.Contracts;
using Adology.Web.Hosting;

namespace Adology.Web.Endpoints;

internal static class WebhookEndpoints
{
    public static void MapWebhookEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var webhooks = endpoints.MapGroup("/api/webhooks").RequireAuthorization().WithTags("Webhooks");
        webhooks.MapPost("/", CreateAsync).AddEndpointFilter<ValidationFilter<CreateWebhookRequest>>()
            .WithName("CreateWebhook").WithSummary("Registers a webhook for the caller's alerts; its signing secret is in this answer only.")
            .Produces<CreatedWebhook>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        webhooks.MapGet("/", ListAsync).WithName("ListWebhooks").WithSummary("The caller's webhooks, without their secrets.");
        webhooks.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteWebhook").WithSummary("Removes a webhook of the caller's and its deliveries.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapGet("/{id:guid}/deliveries", DeliveriesAsync).WithName("ListWebhookDeliveries")
            .WithSummary("A webhook's deliveries, newest first, with their attempts and outcome.")
            .Produces<Page<WebhookDeliveryView>>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CreateAsync(CreateWebhookRequest request, ClaimsPrincipal user, IWebhooks webhooks, CancellationToken cancellationToken) =>
        await webhooks.CreateAsync(user.ToViewer().UserId, request, cancellationToken) is { } created
            ? Results.Created($"/api/webhooks/{created.Id}", created)
            : Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                detail: $"You have {webhooks.MaxPerUser} webhooks, as many as a user may keep: delete one first.");

    private static async Task<Page<WebhookView>> ListAsync(int? page, int? pageSize, ClaimsPrincipal user, IWebhooks webhooks, CancellationToken cancellationToken) =>
        await webhooks.ListAsync(user.ToViewer().UserId, PageRequest.From(page, pageSize), cancellationToken);

    private static async Task<IResult> DeleteAsync(Guid id, ClaimsPrincipal user, IWebhooks webhooks, CancellationToken cancellationToken) =>
        await webhooks.DeleteAsync(user.ToViewer().UserId, id, cancellationToken) ? Results.NoContent() : NotFound(id);

    private static async Task<IResult> DeliveriesAsync(
        Guid id, int? page, int? pageSize, ClaimsPrincipal user, IWebhooks webhooks, CancellationToken cancellationToken) =>
        await webhooks.DeliveriesAsync(user.ToViewer().UserId, id, PageRequest.From(page, pageSize), cancellationToken) is { } deliveries
            ? Results.Ok(deliveries)
            : NotFound(id);

    private static IResult NotFound(Guid id) => Problems.NotFound($"Webhook {id} does not exist or is not yours.");
}
