namespace Adology.Modules.Contracts;

/// <summary>Who is an admin, for work that runs without a request (a scheduled run, staging a scan): the host keeps the accounts.</summary>
public interface IAdministrators
{
    Task<bool> IsAdminAsync(Guid userId, CancellationToken cancellationToken);
}
