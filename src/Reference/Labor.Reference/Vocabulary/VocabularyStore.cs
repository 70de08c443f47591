using Labor.Reference.Contracts;
using Labor.Reference.Data;
using Microsoft.EntityFrameworkCore;

namespace Labor.Reference.Vocabulary;

/// <summary>
/// <see cref="IVocabulary"/> over the current snapshot. Reading never touches the database; an import (here or on
/// another host, see <see cref="VocabularyRefresh"/>) swaps in a new snapshot whole, so readers never see half of one.
/// </summary>
internal sealed class VocabularyStore : IVocabulary
{
    private volatile VocabularySnapshot? current;

    private VocabularySnapshot Current =>
        current ?? throw new InvalidOperationException("The vocabulary is read at startup, before the host serves requests.");

    public long LoadedImportId => current?.ImportId ?? -1;

    public async Task LoadAsync(ReferenceDbContext db, CancellationToken cancellationToken)
    {
        long importId = await db.Imports.MaxAsync(i => (long?)i.Id, cancellationToken) ?? 0;
        current = new VocabularySnapshot(
            await db.Occupations.AsNoTracking().ToListAsync(cancellationToken),
            await db.Skills.AsNoTracking().ToListAsync(cancellationToken),
            await db.OccupationSkills.AsNoTracking().ToListAsync(cancellationToken),
            await db.SkillRelations.AsNoTracking().ToListAsync(cancellationToken),
            await db.Courses.AsNoTracking().ToListAsync(cancellationToken),
            Synonyms.BuiltIn,
            importId);
    }

    public Occupation? FindOccupation(string? uri) => uri is null ? null : Current.Occupation(uri.Trim());

    public Skill? FindSkill(string? uri) => uri is null ? null : Current.Skill(uri.Trim());

    public IReadOnlyList<string> BroaderOf(string skillUri)
    {
        var chain = new List<string>();
        VocabularySnapshot snapshot = Current;
        for (string? broader = snapshot.Skill(skillUri)?.BroaderUri; broader is not null && !chain.Contains(broader); broader = snapshot.Skill(broader)?.BroaderUri)
        {
            chain.Add(broader);
        }

        return chain;
    }

    public IReadOnlyList<SkillRequirement> RelatedSkills(string skillUri) => Current.RelatedSkills(skillUri);

    public IReadOnlyList<Suggestion> SuggestSkills(string text, Language language, int limit) => Current.SkillIndex.Suggest(text, language, limit);

    public IReadOnlyList<Suggestion> SuggestOccupations(string text, Language language, int limit) => Current.OccupationIndex.Suggest(text, language, limit);

    public IReadOnlyList<Course> CoursesTeaching(IReadOnlyCollection<string> skillUris)
    {
        VocabularySnapshot snapshot = Current;
        return [.. skillUris
            .Distinct(StringComparer.Ordinal)
            .SelectMany(snapshot.CoursesFor)
            .GroupBy(course => course.Id, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.First())];
    }

    public IReadOnlyList<Course> Courses => Current.Courses;

    public VocabularySize Size => Current.Size;
}
