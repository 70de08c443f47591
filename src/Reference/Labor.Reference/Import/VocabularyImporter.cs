using Labor.BuildingBlocks.Csv;
using Labor.Reference.Contracts;
using Labor.Reference.Data;
using Labor.Reference.Vocabulary;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Labor.Reference.Import;

/// <summary>
/// Runs imports: read and check everything first, then write all of it in one transaction or nothing, then swap the
/// in-memory vocabulary.
/// </summary>
internal sealed partial class VocabularyImporter(
    ReferenceDbContext db, VocabularyStore store, IReferenceData region, TimeProvider time, ILogger<VocabularyImporter> logger)
{
    public async Task<ImportOutcome> ImportEscoAsync(IReadOnlyList<EscoFile> files, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        if (files.Count == 0)
        {
            errors.Add(new ImportError("(upload)", null, null,
                "no ESCO file recognised; expected names such as occupations_nl.csv, skills_en.csv, occupationSkillRelations_en.csv"));
            return ImportOutcome.Failed(errors);
        }

        VocabularyBatch batch = new EscoReader(await KnownAsync(cancellationToken), errors).Read(files);
        return await WriteAsync("esco", ContentHash.Of(files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => f.Open)), batch, errors, cancellationToken);
    }

    /// <summary>Imports concepts read from elsewhere (the ESCO web service), checked like a file import.</summary>
    public async Task<ImportOutcome> ImportBatchAsync(string source, string identity, VocabularyBatch batch, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        foreach (OccupationRow occupation in batch.Occupations.Values.Where(o => !Vocab.IsIscoCode(o.IscoCode, minLength: 4)))
        {
            errors.Add(new ImportError(source, null, "iscoGroup", $"{occupation.Uri} has no ISCO-08 unit group ('{occupation.IscoCode}')"));
        }

        return await WriteAsync(source, ContentHash.Of(identity), batch, errors, cancellationToken);
    }

    /// <summary>Applies the built-in taxonomy when this release's differs from the last one applied; then loads the vocabulary.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        string hash = StarterTaxonomy.ContentHash();
        bool applied = await db.Imports.AnyAsync(i => i.Source == StarterTaxonomy.Source && i.ContentHash == hash, cancellationToken);
        if (!applied)
        {
            var errors = new ImportErrors();
            ImportOutcome outcome = await WriteAsync(StarterTaxonomy.Source, hash, StarterTaxonomy.Read(region, errors), errors, cancellationToken);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"The built-in starter taxonomy is invalid: {string.Join("; ", outcome.Errors)}");
            }
        }
        else
        {
            await store.LoadAsync(db, cancellationToken);
        }
    }

    private async Task<ImportOutcome> WriteAsync(string source, string hash, VocabularyBatch batch, ImportErrors errors, CancellationToken cancellationToken)
    {
        if (errors.Any)
        {
            ImportRefused(source, errors.All.Count);
            return ImportOutcome.Failed(errors);
        }

        var record = new ImportRecord
        {
            Source = source,
            ContentHash = hash,
            CompletedAt = time.GetUtcNow(),
            Occupations = batch.Occupations.Count,
            Skills = batch.Skills.Values.Count(s => !s.IsGroup),
            Relations = batch.Relations.Count,
            Courses = batch.Courses.Count,
        };
        await VocabularyWriter.WriteAsync(db, batch, record, cancellationToken);
        await store.LoadAsync(db, cancellationToken);
        Imported(source, record.Occupations, record.Skills, record.Relations);
        return ImportOutcome.Done(record);
    }

    private async Task<KnownConcepts> KnownAsync(CancellationToken cancellationToken) => new(
        (await db.Occupations.Select(o => o.Uri).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
        (await db.Skills.Select(s => s.Uri).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
        (await db.IscoGroups.Select(g => g.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal));

    [LoggerMessage(LogLevel.Information, "Vocabulary import from {Source}: {Occupations} occupations, {Skills} skills, {Relations} relations")]
    private partial void Imported(string source, int occupations, int skills, int relations);

    [LoggerMessage(LogLevel.Warning, "Vocabulary import from {Source} refused: {ErrorCount} problems, nothing changed")]
    private partial void ImportRefused(string source, int errorCount);
}

internal sealed record ImportOutcome(bool Succeeded, IReadOnlyList<ImportError> Errors, ImportRecord? Record)
{
    public static ImportOutcome Failed(ImportErrors errors) => new(false, errors.All, null);

    public static ImportOutcome Done(ImportRecord record) => new(true, [], record);
}
