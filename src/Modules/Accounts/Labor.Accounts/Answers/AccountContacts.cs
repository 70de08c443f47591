using Labor.Accounts.Contracts;
using Labor.Accounts.Data;
using Microsoft.EntityFrameworkCore;

namespace Labor.Accounts.Answers;

/// <summary>Accounts' door for modules that mail people: the address is read at the moment of sending (ADR 8).</summary>
internal sealed class AccountContacts(AccountsDbContext db) : IAccountContacts
{
    public Task<AccountContact?> FindAsync(Guid accountId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == accountId)
            .Select(u => new AccountContact(u.Id, u.Email!, u.Language))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, AccountContact>> FindManyAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken) =>
        accountIds.Count == 0
            ? new Dictionary<Guid, AccountContact>()
            : await db.Users.AsNoTracking().Where(u => accountIds.Contains(u.Id))
                .Select(u => new AccountContact(u.Id, u.Email!, u.Language))
                .ToDictionaryAsync(c => c.AccountId, cancellationToken);

    public Task SetLanguageAsync(Guid accountId, string language, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == accountId && u.Language != language)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.Language, language == "en" ? "en" : "nl"), cancellationToken);
}
