using Hangfire;
using Labor.BuildingBlocks.Modules;
using Microsoft.EntityFrameworkCore;

namespace Labor.BuildingBlocks.Messaging;

public static class RetentionJobs
{
    /// <summary>Registers the nightly clean-up of <typeparamref name="TContext"/>'s outbox and inbox (03:30 Dutch time).</summary>
    public static void AddMessageRetention<TContext>(this IRecurringJobManager jobs, string module)
        where TContext : DbContext =>
        jobs.AddOrUpdate<MessageRetention<TContext>>(
            $"{module}-message-retention",
            job => job.PurgeAsync(CancellationToken.None),
            "30 3 * * *",
            new RecurringJobOptions { TimeZone = DutchTime.Zone });
}
