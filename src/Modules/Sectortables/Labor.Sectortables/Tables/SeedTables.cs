using Labor.BuildingBlocks.Persistence;
using Labor.Reference.Contracts;
using Labor.Sectortables.Data;
using Labor.Sectortables.Domain;
using Microsoft.EntityFrameworkCore;

namespace Labor.Sectortables.Tables;

/// <summary>The nine tables of the programme, added at start when missing (never renamed or removed here).</summary>
internal static class SeedTables
{
    public static async Task EnsureAsync(SectortablesDbContext db, IReferenceData region, TimeProvider time, CancellationToken cancellationToken)
    {
        HashSet<string> present = [.. await db.Tables.Select(t => t.Name).ToListAsync(cancellationToken)];
        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        foreach (SectorTable table in region.SectorTables.Where(t => !present.Contains(t.Name)))
        {
            db.Tables.Add(new Table { Id = Guid.CreateVersion7(now), Name = table.Name, NameEn = table.NameEn, CreatedAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
