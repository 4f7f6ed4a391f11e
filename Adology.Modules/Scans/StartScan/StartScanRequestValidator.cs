using Adology.Modules.Contracts;
using FluentValidation;

namespace Adology.Modules.Scans.StartScan;

internal sealed class StartScanRequestValidator : AbstractValidator<StartScanRequest>
{
    public const int MaxDemoCount = 100_000;

    /// <summary>Pages a page or browser source may follow through <c>rel="next"</c>.</summary>
    public const int MaxPages = 50;

    /// <summary>Scrolls a browser source may ask for on each page.</summary>
    public const int MaxScrolls = 50;

    private static readonly string[] Types = [SourceTypes.Demo, SourceTypes.Feed, SourceTypes.Browser];

    public StartScanRequestValidator(ISourceAvailability availability)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(request => request.Brand)
            .NotEmpty()
            .Must(brand => brand!.Trim().Length is > 0 and <= Brand.MaxLength)
            .WithMessage($"'Brand' must be 1 to {Brand.MaxLength} characters.")
            .Must(brand => !brand!.Any(char.IsControl))
            .WithMessage("'Brand' must not contain control characters.");
        RuleFor(request => request.Source).NotNull();
        RuleFor(request => request.Source!.Type)
            .Must(type => Types.Contains(type))
            .WithMessage($"'Type' must be one of {string.Join(", ", Types.Select(type => $"\"{type}\""))}.")
            .Must(type => availability.Unavailable(type!) is null)
            .WithMessage((_, type) => availability.Unavailable(type!))
            .When(request => request.Source is not null);
        RuleFor(request => request.Source!.Count)
            .NotNull()
            .InclusiveBetween(1, MaxDemoCount)
            .When(request => request.Source?.Type == SourceTypes.Demo);
        RuleFor(request => request.Source!.Url)
            .NotEmpty()
            .MaximumLength(2048)
            .Must(BeAnAbsoluteHttpUrl)
            .WithMessage("'Url' must be an absolute http or https URL.")
            .When(request => request.Source?.Type is SourceTypes.Feed or SourceTypes.Browser);
        RuleFor(request => request.Source!.MaxPages)
            .InclusiveBetween(1, MaxPages)
            .When(request => request.Source?.Type == SourceTypes.Browser);
        RuleFor(request => request.Source!.Scrolls)
            .InclusiveBetween(0, MaxScrolls)
            .When(request => request.Source?.Type == SourceTypes.Browser);
    }

    private static bool BeAnAbsoluteHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
