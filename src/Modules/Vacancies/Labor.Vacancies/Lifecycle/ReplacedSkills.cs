using Labor.Reference.Contracts;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Labor.Vacancies.Lifecycle;

/// <summary>
/// At start, vacancies that still name a skill the vocabulary has replaced (a regional skill ESCO took over, ADR 12)
/// are moved to the skill that replaced it, and an open one tells the other modules. Nothing is lost: the old URI
/// always meant that skill. Hosts starting together take turns on the rows; the later one finds nothing left to move.
/// </summary>
internal static class ReplacedSkills
{
    public static async Task MoveAsync(VacanciesDbContext db, IVocabulary vocabulary, TimeProvider time, CancellationToken cancellationToken)
    {
        string[] named = await db.Database
            .SqlQuery<string>($"SELECT DISTINCT unnest(content_essential_skills || content_optional_skills) AS \"Value\" FROM vacancies.vacancies")
            .ToArrayAsync(cancellationToken);
        IReadOnlyDictionary<string, string> replaced = VocabularyNames.ReplacedSkills(vocabulary, named);
        if (replaced.Count == 0)
        {
            return;
        }

        string[] old = [.. replaced.Keys];
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Ids first, then the entities: FromSql cannot materialise complex properties under the snake_case column names.
        List<Guid> ids = await db.Database.SqlQuery<Guid>($"""
            SELECT id AS "Value" FROM vacancies.vacancies
            WHERE content_essential_skills && {old} OR content_optional_skills && {old} FOR UPDATE
            """).ToListAsync(cancellationToken);
        DateTimeOffset now = time.GetUtcNow();
        foreach (Vacancy vacancy in await db.Vacancies.Where(v => ids.Contains(v.Id)).ToListAsync(cancellationToken))
        {
            vacancy.Edit(vacancy.Content with
            {
                EssentialSkills = VocabularyNames.Current(replaced, vacancy.Content.EssentialSkills),
                OptionalSkills = VocabularyNames.Current(replaced, vacancy.Content.OptionalSkills),
            }, now);
            if (vacancy.IsOpen)
            {
                VacancyOutbox.Changed(db, vacancy);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
