using Labor.Accounts.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Labor.Accounts.Retention;

/// <summary>
/// The daily job "accounts-unconfirmed": a registration whose address was not confirmed within 7 days is removed,
/// with the address. Nothing else holds data about it: a profile starts only after confirmation. An invitation
/// not taken up in that time goes too; an admin can invite again. A sector-table seat of such an invitation then
/// names an account that is gone: the table shows it so and frees it for the next person seated (ADR 11).
/// </summary>
internal sealed class RemoveUnconfirmedAccounts(AccountsDbContext db, TimeProvider time, ILogger<RemoveUnconfirmedAccounts> logger)
{
    public const string JobId = "accounts-unconfirmed";
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromDays(7);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset cutoff = time.GetUtcNow() - ConfirmWithin;
        int removed = await db.Users.Where(u => !u.EmailConfirmed && u.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Removed {Count} registrations not confirmed within {Days} days", removed, ConfirmWithin.TotalDays);
    }
}
