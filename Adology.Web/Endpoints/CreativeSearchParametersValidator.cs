using System.Linq.Expressions;
using Adology.Modules.Contracts;
using FluentValidation;

namespace Adology.Web.Endpoints;

/// <summary>Checks a creative search's query string: a 400 naming each unknown, repeated or malformed filter.</summary>
internal sealed class CreativeSearchParametersValidator : AbstractValidator<CreativeSearchParameters>
{
    private const int MaxWordsLength = 64;

    public CreativeSearchParametersValidator()
    {
        RuleFor(search => search).Custom((search, context) =>
        {
            foreach (var name in search.Unknown)
            {
                context.AddFailure(name, search.BrandFromRoute && name == "brand"
                    ? "The brand is the route's here; search across brands with /api/creatives?brand=."
                    : $"Unknown filter '{name}' (docs/API.md lists the filters).");
            }

            foreach (var name in search.Repeated)
            {
                context.AddFailure(name, $"'{name}' is given more than once.");
            }
        });
        RuleFor(search => search.Q)
            .MaximumLength(CreativeTextQuery.MaxLength).WithMessage($"A search has at most {CreativeTextQuery.MaxLength} characters.")
            .Must(q => CreativeTextQuery.HasWords(q!)).WithMessage("A search needs at least one letter or digit.")
            .When(search => search.Q is not null);
        RuleFor(search => search.Brand)
            .Must(brand => CreativeSearchParameters.Words(brand) is { Length: <= Brand.MaxLength })
            .WithMessage($"A brand has 1 to {Brand.MaxLength} characters.")
            .When(search => search.Brand is not null);
        Words(search => search.Platform, "A platform");
        Words(search => search.Format, "A format");
        Words(search => search.Cta, "A call to action");
        Words(search => search.ProductType, "A product type");
        Time(search => search.FirstSeenFrom);
        Time(search => search.FirstSeenTo);
        Time(search => search.LastSeenFrom);
        Time(search => search.LastSeenTo);
        RuleFor(search => search.FirstSeenTo)
            .Must((search, to) => CreativeSearchParameters.Time(search.FirstSeenFrom, endOfDay: false) <= CreativeSearchParameters.Time(to, endOfDay: true))
            .WithMessage("firstSeenTo is before firstSeenFrom.")
            .When(search => Both(search.FirstSeenFrom, search.FirstSeenTo));
        RuleFor(search => search.LastSeenTo)
            .Must((search, to) => CreativeSearchParameters.Time(search.LastSeenFrom, endOfDay: false) <= CreativeSearchParameters.Time(to, endOfDay: true))
            .WithMessage("lastSeenTo is before lastSeenFrom.")
            .When(search => Both(search.LastSeenFrom, search.LastSeenTo));
        RuleFor(search => search.MinSeenCount)
            .Must(count => CreativeSearchParameters.Number(count) is >= 1).WithMessage("minSeenCount is a whole number from 1.")
            .When(search => search.MinSeenCount is not null);
        RuleFor(search => search.Cluster)
            .Must(cluster => CreativeSearchParameters.Number(cluster) is >= 0).WithMessage("cluster is a whole number from 0, as the analysis numbers them.")
            .When(search => search.Cluster is not null);
        RuleFor(search => search.Cluster)
            .Must((search, _) => search.Brand is not null).WithMessage("cluster needs brand: clusters are a brand's.")
            .When(search => search.Cluster is not null);
        RuleFor(search => search.Flagged)
            .Must(flagged => flagged is "true" or "false").WithMessage("flagged is true or false.")
            .When(search => search.Flagged is not null);
        RuleFor(search => search.Source)
            .Must(source => source is SourceTypes.Upload || SourceTypes.Requestable.Contains(source))
            .WithMessage($"source is one of {string.Join(", ", SourceTypes.Requestable.Append(SourceTypes.Upload))}.")
            .When(search => search.Source is not null);
        RuleFor(search => search.Sort)
            .Must(sort => CreativeSearchParameters.Sorts.ContainsKey(sort!))
            .WithMessage($"sort is one of {string.Join(", ", CreativeSearchParameters.Sorts.Keys)}.")
            .When(search => search.Sort is not null);
        RuleFor(search => search.Sort)
            .Must((search, _) => CreativeSearchParameters.Words(search.Q) is not null).WithMessage("sort=relevance needs q: the relevance is to a search.")
            .When(search => search.Sort == "relevance");
        RuleFor(search => search.Page)
            .Must(page => CreativeSearchParameters.Number(page) is not null).WithMessage("page is a whole number.")
            .When(search => search.Page is not null);
        RuleFor(search => search.PageSize)
            .Must(size => CreativeSearchParameters.Number(size) is not null).WithMessage("pageSize is a whole number.")
            .When(search => search.PageSize is not null);
    }

    private void Words(Expression<Func<CreativeSearchParameters, string?>> field, string what) =>
        RuleFor(field)
            .Must(value => value is null || CreativeSearchParameters.Words(value) is { Length: <= MaxWordsLength })
            .WithMessage($"{what} has 1 to {MaxWordsLength} characters.");

    private void Time(Expression<Func<CreativeSearchParameters, string?>> field) =>
        RuleFor(field)
            .Must(value => value is null || CreativeSearchParameters.Time(value, endOfDay: false) is not null)
            .WithMessage("A date (2026-11-29) or an ISO 8601 time (2026-11-29T10:00:00Z).");

    private static bool Both(string? from, string? to) =>
        CreativeSearchParameters.Time(from, endOfDay: false) is not null && CreativeSearchParameters.Time(to, endOfDay: true) is not null;
}
