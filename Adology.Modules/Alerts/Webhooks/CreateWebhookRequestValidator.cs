using Adology.Modules.Alerts.Data;
using Adology.Modules.Contracts;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Alerts.Webhooks;

/// <summary>An absolute https URL (http too when <see cref="WebhookOptions.AllowHttp"/>) and at least one known kind.</summary>
internal sealed class CreateWebhookRequestValidator : AbstractValidator<CreateWebhookRequest>
{
    public CreateWebhookRequestValidator(IOptions<WebhookOptions> options)
    {
        var allowHttp = options.Value.AllowHttp;
        RuleFor(request => request.Url)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .MaximumLength(WebhookConfiguration.MaxUrlLength)
            .Must(url => IsAllowed(url!, allowHttp))
            .WithMessage(allowHttp ? "'Url' must be an absolute http or https URL." : "'Url' must be an absolute https URL.");
        RuleFor(request => request.Kinds)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .Must(kinds => kinds!.All(NotificationKinds.All.Contains))
            .WithMessage($"'Kinds' may only hold {string.Join(", ", NotificationKinds.All)}.");
    }

    private static bool IsAllowed(string url, bool allowHttp) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (allowHttp && uri.Scheme == Uri.UriSchemeHttp))
        && uri.UserInfo.Length == 0
        && uri.Host.Length > 0;
}
