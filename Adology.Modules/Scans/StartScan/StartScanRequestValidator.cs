using Adology.Modules.Contracts;
using FluentValidation;

namespace Adology.Modules.Scans.StartScan;

internal sealed class StartScanRequestValidator : AbstractValidator<StartScanRequest>
{
    public const int MaxDemoCount = 100_000;

    public StartScanRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(request => request.Brand).ValidBrand();
        RuleFor(request => request.Source).NotNull();
        RuleFor(request => request.Source!.Type)
            .Must(type => type is SourceTypes.Demo or SourceTypes.Feed)
            .WithMessage($"'Type' must be \"{SourceTypes.Demo}\" or \"{SourceTypes.Feed}\".")
            .When(request => request.Source is not null);
        RuleFor(request => request.Source!.Type)
            .NotEqual(SourceTypes.Upload)
            .WithMessage("Uploads are started by POST /api/scans/upload (multipart/form-data).")
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
            .When(request => request.Source?.Type == SourceTypes.Feed);
    }

    private static bool BeAnAbsoluteHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
