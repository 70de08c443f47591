using Labor.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Labor.Sectortables.Data;

internal sealed class SectortablesDbContext(DbContextOptions<SectortablesDbContext> options) : DbContext(options)
{
    public const string Schema = "sectortables";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutboxAndInbox();
    }
}
