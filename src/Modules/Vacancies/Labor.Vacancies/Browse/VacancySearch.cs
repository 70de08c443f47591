using FluentValidation;
using Labor.Reference.Contracts;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Edit;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Labor.Vacancies.Browse;

/// <summary>What a person looking for work can ask of the vacancy bank; every filter optional.</summary>
/// <param name="Q">Words, in Dutch; searched in titles (weighing more) and descriptions with PostgreSQL's Dutch stemming.</param>
/// <param name="RadiusKm">With <paramref name="Municipality"/>: workplaces within this distance of its centre (remote work included).</param>
/// <param name="Education">The searcher's own level: vacancies asking no more than that.</param>
/// <param name="Sort">relevance (default with words), newest (default without), closing.</param>
internal sealed record VacancySearchQuery(
    string? Q, string? Sector, string? Municipality, int? RadiusKm, int? HoursMin, int? HoursMax, string? Education,
    string? Occupation, string? Skill, string? Sort, int? Page, int? PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 50;
}

internal sealed class VacancySearchQueryValidator : AbstractValidator<VacancySearchQuery>
{
    private static readonly string[] Sorts = ["relevance", "newest", "closing"];

    public VacancySearchQueryValidator(IReferenceData region)
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Sector).Must(name => name is null || region.FindSectorTable(name) is not null).WithMessage("Unknown sector table.");
        RuleFor(q => q.Municipality).Must(name => name is null || region.FindMunicipality(name) is not null).WithMessage("One of the 20 municipalities of Regio Zwolle.");
        RuleFor(q => q.RadiusKm).InclusiveBetween(1, 200);
        RuleFor(q => q.Municipality).NotEmpty().When(q => q.RadiusKm is not null).WithMessage("A radius needs a municipality to measure from.");
        RuleFor(q => q.HoursMin).InclusiveBetween(1, VacancyRequestValidator.MaxHoursPerWeek);
        RuleFor(q => q.HoursMax).InclusiveBetween(1, VacancyRequestValidator.MaxHoursPerWeek);
        RuleFor(q => q.HoursMin).LessThanOrEqualTo(q => q.HoursMax).When(q => q.HoursMin is not null && q.HoursMax is not null)
            .WithMessage("The minimum hours must not be more than the maximum.");
        RuleFor(q => q.Education).Must(code => code is null || region.FindEducationLevel(code) is not null).WithMessage("Unknown education level.");
        RuleFor(q => q.Sort).Must(sort => sort is null || Sorts.Contains(sort)).WithMessage("Use relevance, newest or closing.");
        RuleFor(q => q.Page).InclusiveBetween(1, 10_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, VacancySearchQuery.MaxPageSize);
    }
}

internal sealed record VacancySearchResult(int Total, int Page, int PageSize, IReadOnlyList<VacancySummary> Items);

/// <param name="DistanceKm">From the searched municipality's centre, when a radius was given; null for remote work.</param>
internal sealed record VacancySummary(
    Guid Id, string Title, string? Organisation, IReadOnlyList<string> SectorTables, string WorkplaceMode, string? Municipality,
    int HoursMin, int HoursMax, string ContractType, DateTimeOffset? PublishedAt, DateOnly ValidThrough, double? DistanceKm);

/// <summary>
/// The search itself: one word alone by relevance from the word index (<see cref="SingleWordSearch"/>), everything else
/// as one SQL query for the page and one for the count.
/// </summary>
internal sealed class VacancySearch(Lazy<VacanciesDbContext> context, IReferenceData region, IVocabulary vocabulary, SingleWordSearch singleWord)
{
    private const double KmPerDegreeLatitude = 111.2;

    public async Task<VacancySearchResult> SearchAsync(VacancySearchQuery query, CancellationToken cancellationToken)
    {
        string? words = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();
        int pageSize = query.PageSize ?? VacancySearchQuery.DefaultPageSize;
        int page = query.Page ?? 1;
        if (words is not null && !words.Any(char.IsWhiteSpace) && (query.Sort ?? "relevance") == "relevance" && !Filters(query)
            && await singleWord.SearchAsync(words, page, pageSize, cancellationToken) is { } answer)
        {
            return answer;
        }

        VacanciesDbContext db = context.Value;
        IQueryable<Vacancy> vacancies = db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Published);
        if (words is not null)
        {
            vacancies = vacancies.Where(v => EF.Property<NpgsqlTsVector>(v, VacanciesDbContext.SearchVector).Matches(EF.Functions.WebSearchToTsQuery("dutch", words)));
        }

        // Array filters as overlaps (&&), which the GIN indexes on the arrays answer; Contains would be "= ANY", which no index can.
        if (region.FindSectorTable(query.Sector) is { } table)
        {
            string[] tables = [table.Name];
            vacancies = vacancies.Where(v => v.Content.SectorTables.Any(t => tables.Contains(t)));
        }

        GeoPoint? centre = null;
        if (region.FindMunicipality(query.Municipality) is { } municipality)
        {
            if (query.RadiusKm is int radius)
            {
                centre = municipality.Centre;
                vacancies = WithinRadius(vacancies, municipality.Centre, radius);
            }
            else
            {
                vacancies = vacancies.Where(v => v.Content.Workplace.Municipality == municipality.Name);
            }
        }

        if (query.HoursMin is int wantedMin)
        {
            vacancies = vacancies.Where(v => v.Content.HoursMax >= wantedMin);
        }

        if (query.HoursMax is int wantedMax)
        {
            vacancies = vacancies.Where(v => v.Content.HoursMin <= wantedMax);
        }

        if (region.FindEducationLevel(query.Education) is { } level)
        {
            string[] allowed = [.. region.EducationLevels.Where(l => level.IsAtLeast(l)).Select(l => l.Code)];
            vacancies = vacancies.Where(v => allowed.Contains(v.Content.MinimumEducation) || v.Content.ExperienceReplacesEducation);
        }

        if (!string.IsNullOrWhiteSpace(query.Occupation))
        {
            string occupation = vocabulary.FindOccupation(query.Occupation)?.Uri ?? query.Occupation;
            vacancies = vacancies.Where(v => v.Content.OccupationUri == occupation);
        }

        if (!string.IsNullOrWhiteSpace(query.Skill))
        {
            // A replaced regional skill (ADR 12) finds vacancies under either name until stored ones are moved.
            string[] skill = [query.Skill, vocabulary.FindSkill(query.Skill)?.Uri ?? query.Skill];
            vacancies = vacancies.Where(v => v.Content.EssentialSkills.Any(s => skill.Contains(s)) || v.Content.OptionalSkills.Any(s => skill.Contains(s)));
        }

        int total = await vacancies.CountAsync(cancellationToken);
        var rows = await Sorted(vacancies, query.Sort ?? (words is null ? "newest" : "relevance"), words)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(v => new
            {
                v.Id,
                v.Content.Title,
                Organisation = db.Organisations.Where(o => o.Id == v.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                v.Content.SectorTables,
                v.Content.Workplace,
                v.Content.HoursMin,
                v.Content.HoursMax,
                v.Content.ContractType,
                v.PublishedAt,
                v.Content.ValidThrough,
            })
            .ToListAsync(cancellationToken);
        return new VacancySearchResult(total, page, pageSize, [.. rows.Select(row => new VacancySummary(
            row.Id,
            row.Title,
            row.Organisation,
            row.SectorTables,
            Codes.Of(Codes.WorkplaceModes, row.Workplace.Mode),
            row.Workplace.Municipality,
            row.HoursMin,
            row.HoursMax,
            Codes.Of(Codes.ContractTypes, row.ContractType),
            row.PublishedAt,
            row.ValidThrough,
            centre is { } from && row.Workplace.Latitude is double latitude && row.Workplace.Longitude is double longitude
                ? Math.Round(from.DistanceKmTo(new GeoPoint(latitude, longitude)), 1)
                : null))]);
    }

    /// <summary>Whether anything but the words narrows the search: exactly the conditions under which a filter is added below.</summary>
    private bool Filters(VacancySearchQuery query) =>
        region.FindSectorTable(query.Sector) is not null || region.FindMunicipality(query.Municipality) is not null
        || query.HoursMin is not null || query.HoursMax is not null || region.FindEducationLevel(query.Education) is not null
        || !string.IsNullOrWhiteSpace(query.Occupation) || !string.IsNullOrWhiteSpace(query.Skill);

    /// <summary>A bounding box the index can use, then the exact great-circle distance; remote work is anywhere.</summary>
    private static IQueryable<Vacancy> WithinRadius(IQueryable<Vacancy> vacancies, GeoPoint centre, int radiusKm)
    {
        double dLat = radiusKm / KmPerDegreeLatitude;
        double dLon = radiusKm / (KmPerDegreeLatitude * Math.Cos(centre.Latitude * Math.PI / 180));
        double latitude = centre.Latitude * Math.PI / 180;
        double longitude = centre.Longitude * Math.PI / 180;
        return vacancies.Where(v => v.Content.Workplace.Latitude == null
            || (v.Content.Workplace.Latitude >= centre.Latitude - dLat && v.Content.Workplace.Latitude <= centre.Latitude + dLat
                && v.Content.Workplace.Longitude >= centre.Longitude - dLon && v.Content.Workplace.Longitude <= centre.Longitude + dLon
                && 2 * 6371.0088 * Math.Asin(Math.Sqrt(
                    Math.Pow(Math.Sin(((v.Content.Workplace.Latitude!.Value * Math.PI / 180) - latitude) / 2), 2)
                    + (Math.Cos(latitude) * Math.Cos(v.Content.Workplace.Latitude!.Value * Math.PI / 180)
                       * Math.Pow(Math.Sin(((v.Content.Workplace.Longitude!.Value * Math.PI / 180) - longitude) / 2), 2)))) <= radiusKm));
    }

    private static IQueryable<Vacancy> Sorted(IQueryable<Vacancy> vacancies, string sort, string? words) => sort switch
    {
        "relevance" when words is not null => vacancies
            .OrderByDescending(v => EF.Property<NpgsqlTsVector>(v, VacanciesDbContext.SearchVector).Rank(EF.Functions.WebSearchToTsQuery("dutch", words)))
            .ThenBy(v => v.Id),
        "closing" => vacancies.OrderBy(v => v.Content.ValidThrough).ThenBy(v => v.Id),
        _ => vacancies.OrderByDescending(v => v.PublishedAt).ThenBy(v => v.Id),
    };
}
