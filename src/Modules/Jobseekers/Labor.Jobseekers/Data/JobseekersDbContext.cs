using Labor.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Labor.Jobseekers.Data;

internal sealed class JobseekersDbContext(DbContextOptions<JobseekersDbContext> options) : DbContext(options)
{
    public const string Schema = "jobseekers";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutboxAndInbox();
    }
}
