using Adology.Modules.Contracts;
using FluentValidation;

namespace Adology.Modules.Scans.Watch;

internal sealed class WatchlistRequestValidator : AbstractValidator<WatchlistRequest>
{
    public WatchlistRequestValidator()
    {
        RuleFor(request => request.Terms).NotNull().FewEnoughWatchTerms();
        RuleForEach(request => request.Terms).ValidWatchTerm();
    }
}
