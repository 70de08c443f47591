using System.Net;
using System.Security.Cryptography;
using System.Text;
using Labor.Accounts.Data;
using Labor.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Labor.Accounts.SignIn;

/// <summary>
/// Checks an address and password for the sign-in page and the token endpoint alike. Every attempt does the same
/// work, known address or not (a password hash is checked either way), so neither the answer nor its time tells who
/// has an account. Wrong passwords hold back only the client address that gave them, for that account (ADR 13).
/// </summary>
internal sealed class PasswordSignIn(
    UserManager<LaborUser> users, AccountsDbContext db, IOptions<SignInProtectionOptions> options, TimeProvider time, ILogger<PasswordSignIn> logger)
{
    // A hash of a random password, checked when the address has no account, so that path costs what a real check does.
    private static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<LaborUser>().HashPassword(new LaborUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    /// <returns>The account when the password is right, the address confirmed and this client not held back; else null.</returns>
    public async Task<LaborUser?> CheckAsync(string email, string password, IPAddress? clientAddress, CancellationToken cancellationToken)
    {
        LaborUser? user = await users.FindByEmailAsync(email.Trim());
        string client = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes((clientAddress ?? IPAddress.None).ToString())));
        bool heldBack = await IsHeldBackAsync(user?.Id ?? Guid.Empty, client, cancellationToken);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new LaborUser(), DecoyHash.Value, password);
            return null;
        }

        bool correct = await users.CheckPasswordAsync(user, password);
        if (heldBack)
        {
            return null;
        }

        if (!correct)
        {
            await CountFailureAsync(user.Id, client, cancellationToken);
            return null;
        }

        await db.SignInFailures.Where(f => f.UserId == user.Id && f.Client == client).ExecuteDeleteAsync(cancellationToken);
        return user.EmailConfirmed ? user : null;
    }

    private Task<bool> IsHeldBackAsync(Guid userId, string client, CancellationToken cancellationToken)
    {
        DateTimeOffset since = time.GetUtcNow() - options.Value.HoldBack;
        int limit = options.Value.FailuresPerClient;
        return db.SignInFailures.AnyAsync(f => f.UserId == userId && f.Client == client && f.Failures >= limit && f.LastFailureAt > since, cancellationToken);
    }

    /// <summary>One statement, so two hosts counting at once lose no failure; an old count starts again.</summary>
    private async Task CountFailureAsync(Guid userId, string client, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        DateTimeOffset since = now - options.Value.HoldBack;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO accounts.sign_in_failures (user_id, client, failures, last_failure_at) VALUES ({userId}, {client}, 1, {now})
            ON CONFLICT (user_id, client) DO UPDATE SET
                failures = CASE WHEN sign_in_failures.last_failure_at > {since} THEN sign_in_failures.failures + 1 ELSE 1 END,
                last_failure_at = EXCLUDED.last_failure_at
            """, cancellationToken);
        logger.LogInformation("Wrong password for account {UserId}", userId);
    }
}
