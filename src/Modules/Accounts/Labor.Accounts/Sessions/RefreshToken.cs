namespace Labor.Accounts.Sessions;

/// <summary>
/// One refresh token handed out, remembered so it can be used once: each use hands out the next token of the same
/// family, and a second use of any token of the family is taken as theft (ADR 13).
/// </summary>
internal sealed class RefreshToken
{
    public Guid Id { get; init; }

    /// <summary>The tokens descending from one sign-in.</summary>
    public Guid FamilyId { get; init; }

    public Guid UserId { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? UsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
