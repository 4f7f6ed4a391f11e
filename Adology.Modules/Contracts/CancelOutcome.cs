namespace Adology.Modules.Contracts;

public enum CancelOutcome
{
    Cancelled,
    AlreadyCancelled,
    NotFound,
    AlreadyFinished,
}
