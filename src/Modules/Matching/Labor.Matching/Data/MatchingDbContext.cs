using Labor.BuildingBlocks.Messaging;
using Labor.Matching.Digests;
using Labor.Matching.ReadModel;
using Labor.Matching.Results;
using Labor.Matching.Runs;
using Microsoft.EntityFrameworkCore;

namespace Labor.Matching.Data;

internal sealed class MatchingDbContext(DbContextOptions<MatchingDbContext> options) : DbContext(options)
{
    public const string Schema = "matching";

    public DbSet<OpenVacancy> Vacancies => Set<OpenVacancy>();

    public DbSet<PoolMember> Pool => Set<PoolMember>();

    public DbSet<ErasedJobseeker> Erased => Set<ErasedJobseeker>();

    public DbSet<JobseekerMatch> JobseekerMatches => Set<JobseekerMatch>();

    public DbSet<VacancyCandidate> VacancyCandidates => Set<VacancyCandidate>();

    public DbSet<MatchFeedback> Feedback => Set<MatchFeedback>();

    public DbSet<MatchRun> Runs => Set<MatchRun>();

    public DbSet<MatchRunChunk> RunChunks => Set<MatchRunChunk>();

    public DbSet<DigestRun> DigestRuns => Set<DigestRun>();

    public DbSet<DigestChunk> DigestChunks => Set<DigestChunk>();

    public DbSet<SentDigest> SentDigests => Set<SentDigest>();

    public DbSet<MailedFit> MailedFits => Set<MailedFit>();

    public DbSet<MailRejection> MailRejections => Set<MailRejection>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<OpenVacancy>(vacancy =>
        {
            vacancy.ToTable("vacancies");
            vacancy.HasKey(v => v.VacancyId);
            vacancy.Property(v => v.Title).HasMaxLength(200);
            vacancy.Property(v => v.Municipality).HasMaxLength(100);
            vacancy.Property(v => v.Details).HasColumnType("jsonb");
        });
        modelBuilder.Entity<PoolMember>(member =>
        {
            member.ToTable("jobseekers");
            member.HasKey(m => m.JobseekerId);
            member.Property(m => m.Profile).HasColumnType("jsonb");
            member.HasIndex(m => m.ReceivedAt);
        });
        modelBuilder.Entity<ErasedJobseeker>(erased =>
        {
            erased.ToTable("erased_jobseekers");
            erased.HasKey(e => e.JobseekerId);
        });
        // Written by binary COPY into a fresh table and swapped in whole (see MatchWriter); the keys below are the
        // indexes the swap recreates.
        modelBuilder.Entity<JobseekerMatch>(match =>
        {
            match.ToTable(MatchTables.JobseekerMatches);
            match.HasKey(m => new { m.JobseekerId, m.Rank });
            match.HasIndex(m => m.VacancyId);
        });
        modelBuilder.Entity<VacancyCandidate>(candidate =>
        {
            candidate.ToTable(MatchTables.VacancyCandidates);
            candidate.HasKey(c => new { c.VacancyId, c.Rank });
            candidate.HasIndex(c => c.JobseekerId);
        });
        modelBuilder.Entity<MatchFeedback>(feedback =>
        {
            feedback.ToTable("feedback");
            feedback.HasKey(f => new { f.VacancyId, f.JobseekerId });
            feedback.Property(f => f.Verdict).HasMaxLength(20);
            feedback.HasIndex(f => f.JobseekerId);
        });
        modelBuilder.Entity<MatchRun>(run =>
        {
            run.ToTable("runs");
            run.HasKey(r => r.Id);
            run.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            run.Property(r => r.SectorCounts).HasColumnType("jsonb");
        });
        modelBuilder.Entity<MatchRunChunk>(chunk =>
        {
            chunk.ToTable("run_chunks");
            chunk.HasKey(c => new { c.RunId, c.Number });
            chunk.Property(c => c.SectorCounts).HasColumnType("jsonb");
        });
        OnDigestsCreating(modelBuilder);
    }

    private static void OnDigestsCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DigestRun>(run =>
        {
            run.ToTable("digest_runs");
            run.HasKey(r => r.Id);
            run.Property(r => r.Frequency).HasMaxLength(10);
            run.HasIndex(r => new { r.Frequency, r.Day }).IsUnique();
        });
        modelBuilder.Entity<DigestChunk>(chunk =>
        {
            chunk.ToTable("digest_chunks");
            chunk.HasKey(c => new { c.RunId, c.Number });
        });
        modelBuilder.Entity<SentDigest>(digest =>
        {
            digest.ToTable("sent_digests");
            digest.HasKey(d => d.Id);
            digest.HasIndex(d => new { d.RunId, d.JobseekerId }).IsUnique();
            digest.HasIndex(d => d.JobseekerId);
        });
        modelBuilder.Entity<MailedFit>(fit =>
        {
            fit.ToTable("mailed_fits");
            fit.HasKey(f => new { f.JobseekerId, f.VacancyId });
            fit.HasIndex(f => f.DigestId);
        });
        modelBuilder.Entity<MailRejection>(rejection =>
        {
            rejection.ToTable("mail_rejections");
            rejection.HasKey(r => r.JobseekerId);
            rejection.Property(r => r.AddressHash).HasMaxLength(64);
            rejection.Property(r => r.Reply).HasMaxLength(500);
        });
    }
}
