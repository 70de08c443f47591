using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Labor.BuildingBlocks.Messaging;

public static class MessagingModel
{
    internal const string OutboxTable = "outbox_messages";
    internal const string InboxTable = "inbox_messages";

    /// <summary>Adds the outbox and inbox tables to a module's model, in the module's own schema.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable(OutboxTable);
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Type).HasMaxLength(500);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            // The dispatcher only ever looks for pending rows; keep that index small.
            outbox.HasIndex(m => m.OccurredAt).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
        });
        model.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable(InboxTable);
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
            inbox.HasIndex(m => m.ProcessedAt);
        });
        return model;
    }

    internal static string QualifiedTable<TEntity>(this DbContext db)
    {
        IEntityType entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{db.GetType().Name} has no {typeof(TEntity).Name}; call AddOutboxAndInbox in OnModelCreating.");
        return $"\"{entity.GetSchema() ?? "public"}\".\"{entity.GetTableName()}\"";
    }
}
