using Adology.Modules.Contracts;
using FluentValidation;

namespace Adology.Modules.Scans.StartScan;

/// <summary>What a brand must be, whatever the scan's source.</summary>
internal static class BrandRule
{
    public static IRuleBuilderOptions<T, string?> ValidBrand<T>(this IRuleBuilder<T, string?> rule) =>
        rule
            .NotEmpty()
            .Must(brand => brand!.Trim().Length is > 0 and <= Brand.MaxLength)
            .WithMessage($"'Brand' must be 1 to {Brand.MaxLength} characters.")
            .Must(brand => !brand!.Any(char.IsControl))
            .WithMessage("'Brand' must not contain control characters.");
}
