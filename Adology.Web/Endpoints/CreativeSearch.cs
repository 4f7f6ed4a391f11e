using Adology.Modules.Contracts;
using FluentValidation;

namespace Adology.Web.Endpoints;

/// <summary>Answers a creative search, of one brand or across the caller's brands: the page, or a 400 naming each bad filter.</summary>
internal static class CreativeSearch
{
    public static async Task<IResult> RespondAsync(
        CreativeSearchParameters parameters,
        Viewer viewer,
        ICatalogue catalogue,
        IValidator<CreativeSearchParameters> validator,
        CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(parameters, cancellationToken);
        if (!validation.IsValid)
        {
            return Results.ValidationProblem(ValidationErrors.ByField(validation));
        }

        return Results.Ok(await catalogue.SearchAsync(viewer, parameters.ToFilter(), parameters.ToPage(), cancellationToken));
    }
}
