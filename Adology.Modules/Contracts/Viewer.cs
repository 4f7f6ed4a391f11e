namespace Adology.Modules.Contracts;

/// <summary>Who is asking: a user sees only their own data, an admin sees everything.</summary>
public sealed record Viewer(Guid UserId, bool IsAdmin)
{
    public bool CanSee(Guid ownerId) => IsAdmin || ownerId == UserId;
}
