using Adology.Modules.Contracts;
using Cronos;
using FluentValidation;

namespace Adology.Web.Endpoints;

/// <summary>The source as a scan request would have it, and a cron expression Hangfire accepts.</summary>
internal sealed class ScheduleRequestValidator : AbstractValidator<ScheduleRequest>
{
    public ScheduleRequestValidator(IValidator<StartScanRequest> scans)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(request => request)
            .Custom((request, context) =>
            {
                foreach (var error in scans.Validate(new StartScanRequest("scheduled", request.Source)).Errors)
                {
                    context.AddFailure(error.PropertyName, error.ErrorMessage);
                }
            });
        RuleFor(request => request.Cron)
            .NotEmpty()
            .Must(BeACronExpression)
            .WithMessage("'Cron' must be a cron expression of five fields, such as \"0 6 * * *\" (UTC).");
    }

    private static bool BeACronExpression(string? cron)
    {
        try
        {
            CronExpression.Parse(cron!);
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }
}
