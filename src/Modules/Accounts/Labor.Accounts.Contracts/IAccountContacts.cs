namespace Labor.Accounts.Contracts;

/// <summary>
/// How to reach a person: the one place that holds their e-mail address and mail language (ADR 8). Modules that mail
/// someone look the address up here when they send, and keep no copy of it.
/// </summary>
public interface IAccountContacts
{
    /// <returns>null when the account does not exist (any more).</returns>
    Task<AccountContact?> FindAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>The contacts of those accounts that exist, by id.</summary>
    Task<IReadOnlyDictionary<Guid, AccountContact>> FindManyAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken);

    /// <summary>The language the person wants their mails in: "nl" or "en".</summary>
    Task SetLanguageAsync(Guid accountId, string language, CancellationToken cancellationToken);
}

/// <param name="Language">"nl" or "en".</param>
public sealed record AccountContact(Guid AccountId, string Email, string Language);
