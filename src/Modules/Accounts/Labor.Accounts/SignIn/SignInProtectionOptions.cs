namespace Labor.Accounts.SignIn;

/// <summary>How account endpoints resist guessing and listing accounts (section <c>Accounts:Protection</c>, ADR 13).</summary>
internal sealed class SignInProtectionOptions
{
    public const string Section = "Accounts:Protection";

    /// <summary>Wrong passwords one client address may give for one account before it is held back.</summary>
    public int FailuresPerClient { get; set; } = 5;

    /// <summary>How long a client address that reached <see cref="FailuresPerClient"/> is held back for that account.</summary>
    public TimeSpan HoldBack { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The least time registering and asking for a reset link take, whether or not the address has an account, so the
    /// time of the answer does not tell. Longer than the slowest path (hashing a password, mailing a link).
    /// </summary>
    public TimeSpan AnswerFloor { get; set; } = TimeSpan.FromMilliseconds(600);
}
