namespace Labor.Accounts.SignIn;

/// <summary>
/// Wrong passwords for one account from one client address. Only that address is held back, so nobody can keep a
/// person out of their own account by failing on purpose (ADR 13). The address is kept as a hash, and the row goes
/// with a successful sign-in, with the account, or after the hold-back ends.
/// </summary>
internal sealed class SignInFailures
{
    public Guid UserId { get; init; }

    /// <summary>SHA-256 of the client address, hexadecimal.</summary>
    public required string Client { get; init; }

    public int Failures { get; set; }

    public DateTimeOffset LastFailureAt { get; set; }
}
