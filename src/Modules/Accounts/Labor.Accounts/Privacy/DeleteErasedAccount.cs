using Labor.Accounts.Data;
using Labor.BuildingBlocks.Messaging;
using Labor.Jobseekers.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Labor.Accounts.Privacy;

/// <summary>
/// An erased jobseeker's account goes too, with its e-mail address, roles, claims and tokens (the tables cascade).
/// Their sign-in stops working at once; a bearer token still held is refused by the jobseeker endpoints.
/// </summary>
internal sealed class DeleteErasedAccount(AccountsDbContext db, TimeProvider time, ILogger<DeleteErasedAccount> logger) : InboxConsumer<JobseekerErased, AccountsDbContext>(db, time)
{
    protected override async Task HandleAsync(JobseekerErased message, CancellationToken cancellationToken)
    {
        int deleted = await Db.Users.Where(u => u.Id == message.JobseekerId).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Account {UserId} of an erased jobseeker: {Deleted} deleted", message.JobseekerId, deleted);
    }
}
