using FluentValidation;

namespace Adology.Modules.Scans.StartScan;

/// <summary>Rules several source types share.</summary>
internal static class SourceRules
{
    public const int MaxUrlLength = 2048;

    /// <summary>Present, at most <see cref="MaxUrlLength"/> characters, an absolute http or https URL.</summary>
    public static IRuleBuilderOptions<T, string?> AbsoluteHttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .MaximumLength(MaxUrlLength)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .WithMessage("'{PropertyName}' must be an absolute http or https URL.");
}
