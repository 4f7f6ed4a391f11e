using Adology.Modules.Contracts;
using FluentValidation;

namespace Adology.Modules.Scans.StartScan;

/// <summary>
/// <c>{type:"adLibrary", searchTerms, countries, activeStatus, from, to, platforms}</c>, in the terms the Meta Ad
/// Library API accepts: search terms up to 100 characters, ISO country codes, a status and platforms it knows.
/// </summary>
internal sealed class AdLibrarySourceValidator : AbstractValidator<ScanSourceRequest>
{
    public const int MaxSearchTermsLength = 100;

    public static readonly IReadOnlyList<string> ActiveStatuses = ["active", "inactive", "all"];

    public static readonly IReadOnlyList<string> PublisherPlatforms =
        ["facebook", "instagram", "messenger", "audience_network", "whatsapp", "oculus", "threads"];

    public AdLibrarySourceValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(source => source.SearchTerms)
            .NotEmpty()
            .Must(terms => terms!.Trim().Length is > 0 and <= MaxSearchTermsLength)
            .WithMessage($"'Search Terms' must be 1 to {MaxSearchTermsLength} characters.");
        RuleFor(source => source.Countries)
            .NotEmpty()
            .Must(countries => countries!.Count <= 50)
            .WithMessage("'Countries' may name at most 50 countries.");
        RuleForEach(source => source.Countries)
            .Must(country => country is { Length: 2 } && country.All(char.IsAsciiLetter) || string.Equals(country, "ALL", StringComparison.OrdinalIgnoreCase))
            .WithMessage("'Countries' must be ISO 3166 two-letter codes such as \"US\" (or \"ALL\").");
        RuleFor(source => source.ActiveStatus)
            .Must(status => ActiveStatuses.Contains(status!, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"'Active Status' must be one of {string.Join(", ", ActiveStatuses)}.")
            .When(source => source.ActiveStatus is not null);
        RuleFor(source => source.To)
            .GreaterThanOrEqualTo(source => source.From)
            .WithMessage("'To' must not be before 'From'.")
            .When(source => source.From is not null && source.To is not null);
        RuleForEach(source => source.Platforms)
            .Must(platform => PublisherPlatforms.Contains(platform, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"'Platforms' must each be one of {string.Join(", ", PublisherPlatforms)}.");
    }
}
