using FluentValidation;

namespace Adology.Web.Auth;

internal sealed class PasswordChangeValidator : AbstractValidator<PasswordChange>
{
    public PasswordChangeValidator()
    {
        RuleFor(change => change.CurrentPassword).NotEmpty().MaximumLength(256);
        RuleFor(change => change.NewPassword).NotEmpty().MinimumLength(CredentialsValidator.MinimumPasswordLength).MaximumLength(256);
    }
}
