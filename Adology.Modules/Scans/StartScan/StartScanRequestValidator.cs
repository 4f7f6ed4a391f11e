using Adology.Modules.Contracts;
using Adology.Modules.Scans.Watch;
using FluentValidation;

namespace Adology.Modules.Scans.StartScan;

internal sealed class StartScanRequestValidator : AbstractValidator<StartScanRequest>
{
    public const int MaxDemoCount = 100_000;

    public StartScanRequestValidator(ISourceAvailability availability)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(request => request.Brand).ValidBrand();
        RuleFor(request => request.Source).NotNull();
        RuleFor(request => request.Source!.Type)
            .Must(type => SourceTypes.Requestable.Contains(type!))
            .WithMessage($"'Type' must be one of {string.Join(", ", SourceTypes.Requestable.Select(type => $"\"{type}\""))}.")
            .Must(type => availability.Unavailable(type!) is null)
            .WithMessage((_, type) => availability.Unavailable(type!))
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
            .AbsoluteHttpUrl()
            .When(request => request.Source?.Type == SourceTypes.Feed);
        RuleFor(request => request.Source!)
            .SetValidator(new PageSourceValidator())
            .When(request => request.Source?.Type == SourceTypes.Page);
        RuleFor(request => request.Source!)
            .SetValidator(new AdLibrarySourceValidator())
            .When(request => request.Source?.Type == SourceTypes.AdLibrary);
        RuleFor(request => request.Source!)
            .SetValidator(new BrowserSourceValidator())
            .When(request => request.Source?.Type == SourceTypes.Browser);
        RuleFor(request => request.Watch).FewEnoughWatchTerms();
        RuleForEach(request => request.Watch).ValidWatchTerm();
    }
}
