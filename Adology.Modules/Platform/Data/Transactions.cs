namespace Adology.Modules.Platform.Data;

internal static class Transactions
{
    /// <summary>Runs the work in the caller's open transaction, or in a new one committed at the end.</summary>
    public static async Task<T> InTransactionAsync<T>(this AdologyDb db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
