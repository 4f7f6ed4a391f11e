using Adology.Modules.Contracts;
using FluentValidation;

namespace Adology.Modules.Scans.StartScan;

/// <summary>
/// <c>{type:"browser", url, maxPages, scrolls}</c>: an absolute http(s) URL, 1 to <see cref="PageSourceValidator.MaxPages"/>
/// pages (default 1) and 0 to <see cref="MaxScrolls"/> scrolls a page (default <c>Gather:Browser:DefaultScrolls</c>).
/// </summary>
internal sealed class BrowserSourceValidator : AbstractValidator<ScanSourceRequest>
{
    public const int MaxScrolls = 50;

    public BrowserSourceValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        // A rendered page is read as a page: its URL and pages follow the page source's rules.
        Include(new PageSourceValidator());
        RuleFor(source => source.Scrolls).InclusiveBetween(0, MaxScrolls);
    }
}
