using System.Security.Claims;
using Labor.Accounts.Contracts;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Persistence;
using Labor.BuildingBlocks.Security;
using Labor.Sectortables.Data;
using Labor.Sectortables.Domain;
using Labor.Sectortables.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Labor.Sectortables.People;

/// <summary>
/// Who sits at a table: an admin seats kartrekkers (at most three) and a projectleider (one) by address, and removes
/// them. Being seated is what lets a SectorLead change the table, from their next request on (ADR 11).
/// </summary>
internal sealed class TablePeople(
    SectortablesDbContext db, ISectorLeadAccounts accounts, IAccountContacts contacts, TimeProvider time, ILogger<TablePeople> logger)
{
    /// <returns>The person as seated, and whether an invitation went out.</returns>
    public async Task<Result<SeatedPerson>> SeatAsync(Guid tableId, PersonRequest request, ClaimsPrincipal admin, CancellationToken cancellationToken)
    {
        if (!TableFunctions.Codes.TryParse(request.Function, out TableFunction function))
        {
            return Refusal.Invalid("function", TableFunctions.Codes.Expected);
        }

        // One seating per table at a time, so two admins at once cannot seat a fourth kartrekker between them.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockTableAsync(tableId, cancellationToken);
        Table? table = await db.Tables.Include(t => t.People).FirstOrDefaultAsync(t => t.Id == tableId, cancellationToken);
        if (table is null)
        {
            return Refusal.NotFound("No sector table has this id.");
        }

        await FreeSeatsOfGoneAccountsAsync(table, cancellationToken);
        if (!table.HasRoomFor(await accounts.FindAsync(request.Email!, cancellationToken), function))
        {
            // Checked before the account is made, so a refused seat leaves no account behind.
            return Full(function);
        }

        if (await accounts.EnsureAsync(request.Email!, request.Language ?? "nl", cancellationToken) is not { } account)
        {
            return Refusal.Invalid("email", "This address belongs to an account with another role; a sector table seats sector leads only.");
        }

        if (!table.Seat(account.AccountId, function, admin.UserId()!.Value, time.GetUtcNow().ToStoredPrecision()))
        {
            return Full(function);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Account {AccountId} seated at sector table {TableId} as {Function}", account.AccountId, tableId, function);
        TablePerson seated = table.People.Single(p => p.AccountId == account.AccountId);
        return new SeatedPerson(new PersonView(seated.AccountId, TableFunctions.Codes[seated.Function], seated.Since), account.Invited);
    }

    /// <returns>false when the table or the person at it is not there.</returns>
    public async Task<bool> UnseatAsync(Guid tableId, Guid accountId, CancellationToken cancellationToken)
    {
        Table? table = await db.Tables.Include(t => t.People).FirstOrDefaultAsync(t => t.Id == tableId, cancellationToken);
        if (table?.Unseat(accountId) is not true)
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Account {AccountId} no longer seated at sector table {TableId}", accountId, tableId);
        return true;
    }

    /// <summary>An invitation nobody took up is removed after a week (Accounts' retention); its seat is free again.</summary>
    private async Task FreeSeatsOfGoneAccountsAsync(Table table, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<Guid, AccountContact> present = await contacts.FindManyAsync([.. table.People.Select(p => p.AccountId)], cancellationToken);
        foreach (Guid gone in table.People.Select(p => p.AccountId).Where(id => !present.ContainsKey(id)).ToList())
        {
            table.Unseat(gone);
            logger.LogInformation("Seat of removed account {AccountId} at sector table {TableId} freed", gone, table.Id);
        }
    }

    private static Refusal Full(TableFunction function) =>
        Refusal.Invalid("function", function == TableFunction.Projectleider
            ? "The table has its projectleider; remove them first."
            : $"The table has {TableFunctions.Staffing[function].Most} kartrekkers, as many as it may have.");
}

internal sealed record SeatedPerson(PersonView Person, bool Invited);
