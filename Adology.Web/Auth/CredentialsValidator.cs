using FluentValidation;

namespace Adology.Web.Auth;

internal sealed class CredentialsValidator : AbstractValidator<Credentials>
{
    public const int MinimumPasswordLength = 8;

    public CredentialsValidator()
    {
        RuleFor(credentials => credentials.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(credentials => credentials.Password).NotEmpty().MinimumLength(MinimumPasswordLength).MaximumLength(256);
    }
}
