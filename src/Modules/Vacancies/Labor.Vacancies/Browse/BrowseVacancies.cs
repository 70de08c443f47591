using Labor.Vacancies.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Labor.Vacancies.Browse;

internal static class BrowseVacancies
{
    public const int PageSize = 50;

    public static void Map(IEndpointRouteBuilder vacancies)
    {
        vacancies.MapGet("/", ListAsync).WithName("ListVacancies").AllowAnonymous().WithSummary("The most recently published open vacancies, newest first.");
        vacancies.MapGet("/{id:guid}", GetAsync).WithName("GetVacancy").AllowAnonymous().WithSummary("One vacancy.");
    }

    public static Task<List<VacancyResponse>> LatestAsync(VacanciesDbContext db, CancellationToken cancellationToken) =>
        db.Vacancies.AsNoTracking()
            .Where(v => v.ClosedAt == null)
            .OrderByDescending(v => v.PublishedAt).ThenBy(v => v.Id)
            .Take(PageSize)
            .Select(v => new VacancyResponse(v.Id, v.OrganisationId, v.Title, v.Sector, v.Municipality, v.PublishedAt, v.ClosedAt))
            .ToListAsync(cancellationToken);

    private static async Task<Ok<List<VacancyResponse>>> ListAsync(VacanciesDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await LatestAsync(db, cancellationToken));

    private static async Task<Results<Ok<VacancyResponse>, ProblemHttpResult>> GetAsync(Guid id, VacanciesDbContext db, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        return vacancy is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No vacancy has this id.")
            : TypedResults.Ok(VacancyResponse.From(vacancy));
    }
}
