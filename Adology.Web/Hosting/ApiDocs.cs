namespace Adology.Web.Hosting;

internal static class ApiDocs
{
    /// <summary>The OpenAPI document of the HTTP API (<c>/openapi/v1.json</c>), with its JWT bearer scheme.</summary>
    public static IServiceCollection AddAdologyApiDocs(this IServiceCollection services) =>
        services.AddOpenApi(options => options
            .AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Adology";
                document.Info.Description = "Scans brands' ad creatives: gather, acquire, commit, analyse. Sign in with POST /api/auth/login.";
                return Task.CompletedTask;
            })
            .AddDocumentTransformer<BearerSecurityScheme>()
            .AddOperationTransformer<BearerSecurityScheme>());
}
