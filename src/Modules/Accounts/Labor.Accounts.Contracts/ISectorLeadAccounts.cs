namespace Labor.Accounts.Contracts;

/// <summary>
/// The sector tables seat their people by account: an admin names an address, and the account behind it is kept here
/// (ADR 11).
/// </summary>
public interface ISectorLeadAccounts
{
    /// <returns>The id of the SectorLead account of this address; null when it has none, or an account with another role.</returns>
    Task<Guid?> FindAsync(string email, CancellationToken cancellationToken);

    /// <summary>
    /// The SectorLead account of this address; when it has none, one is created and an invitation to choose a password
    /// is mailed in <paramref name="language"/> ("nl" or "en").
    /// </summary>
    /// <returns>null when the address belongs to an account with another role.</returns>
    Task<SectorLeadAccount?> EnsureAsync(string email, string language, CancellationToken cancellationToken);
}

/// <param name="Invited">Whether the account is new and an invitation was mailed.</param>
public sealed record SectorLeadAccount(Guid AccountId, bool Invited);
