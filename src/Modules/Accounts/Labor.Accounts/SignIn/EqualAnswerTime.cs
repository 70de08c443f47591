using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Labor.Accounts.SignIn;

/// <summary>
/// Lets an answer that depends on whether an address has an account leave no sooner than the floor, so its time does
/// not tell a stranger who is registered. Real elapsed time, not the platform's clock: the stranger measures it so.
/// </summary>
internal sealed class EqualAnswerTime(IOptions<SignInProtectionOptions> options)
{
    public async Task AtLeastFloorAsync(Func<Task> work)
    {
        long start = Stopwatch.GetTimestamp();
        await work();
        TimeSpan left = options.Value.AnswerFloor - Stopwatch.GetElapsedTime(start);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, CancellationToken.None);
        }
    }
}
