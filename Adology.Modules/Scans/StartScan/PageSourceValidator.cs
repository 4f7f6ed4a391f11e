using Adology.Modules.Contracts;
using FluentValidation;

namespace Adology.Modules.Scans.StartScan;

/// <summary><c>{type:"page", url, maxPages}</c>: an absolute http(s) URL and 1 to <see cref="MaxPages"/> pages (default 1).</summary>
internal sealed class PageSourceValidator : AbstractValidator<ScanSourceRequest>
{
    public const int MaxPages = 50;

    public PageSourceValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(source => source.Url).AbsoluteHttpUrl();
        RuleFor(source => source.MaxPages).InclusiveBetween(1, MaxPages);
    }
}
