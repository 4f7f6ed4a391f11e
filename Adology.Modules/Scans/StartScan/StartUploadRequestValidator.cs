using Adology.Modules.Contracts;
using Adology.Modules.Scans.Watch;
using FluentValidation;

namespace Adology.Modules.Scans.StartScan;

internal sealed class StartUploadRequestValidator : AbstractValidator<StartUploadRequest>
{
    public StartUploadRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(request => request.Brand).ValidBrand();
        RuleFor(request => request.Files).NotEmpty().WithMessage("At least one file is required.");
        RuleFor(request => request.Watch).FewEnoughWatchTerms();
        RuleForEach(request => request.Watch).ValidWatchTerm();
    }
}
