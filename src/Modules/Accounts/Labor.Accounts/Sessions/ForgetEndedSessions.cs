using Labor.Accounts.Data;
using Labor.Accounts.SignIn;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Labor.Accounts.Sessions;

/// <summary>A daily job: forgets refresh tokens that can no longer be used and wrong-password counts whose hold-back has ended.</summary>
internal sealed class ForgetEndedSessions(AccountsDbContext db, IOptions<SignInProtectionOptions> protection, TimeProvider time, ILogger<ForgetEndedSessions> logger)
{
    public const string JobId = "accounts-forget-ended-sessions";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        DateTimeOffset heldSince = now - protection.Value.HoldBack;
        int tokens = await db.RefreshTokens.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        int failures = await db.SignInFailures.Where(f => f.LastFailureAt <= heldSince).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Forgot {Tokens} expired refresh tokens and {Failures} ended wrong-password counts", tokens, failures);
    }
}
