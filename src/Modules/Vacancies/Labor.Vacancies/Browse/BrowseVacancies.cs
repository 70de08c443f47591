using System.Security.Claims;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Labor.Vacancies.Content;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Lifecycle;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Vacancies.Browse;

internal static class BrowseVacancies
{
    public static void Map(IEndpointRouteBuilder vacancies)
    {
        vacancies.MapGet("/", async ([AsParameters] VacancySearchQuery query, VacancySearch search, CancellationToken cancellationToken) =>
                TypedResults.Ok(await search.SearchAsync(query, cancellationToken)))
            .Validate<VacancySearchQuery>().AllowAnonymous().CacheOutput(PublicCache.Search).WithName("SearchVacancies")
            .WithSummary("Searches open vacancies: Dutch full text, sector, municipality and radius, hours, education, occupation, skill; paged and sorted.");
        vacancies.MapGet("/{id:guid}", GetAsync).AllowAnonymous().WithName("GetVacancy")
            .WithSummary("One vacancy: anyone may read it while it is open; its own employers always.");
        vacancies.MapGet("/mine", MineAsync).RequireAuthorization(Policies.Employer).WithName("MyVacancies")
            .WithSummary("Your organisation's vacancies in every status, with their views, newest first.");
    }

    private static async Task<Results<Ok<VacancyResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, IAuthorizationService authorization, IVocabulary vocabulary, VacanciesDbContext db, CancellationToken cancellationToken)
    {
        (Vacancy? vacancy, _) = await VisibleVacancy.FindAsync(id, user, authorization, db, cancellationToken);
        return vacancy is not null
            ? TypedResults.Ok(await VacancyEndpoints.ResponseAsync(db, vacancy, vocabulary, cancellationToken))
            : Refusal.NotFound("No vacancy has this id.").ToProblem();
    }

    private static async Task<Ok<List<MyVacancy>>> MineAsync(ClaimsPrincipal employer, VacanciesDbContext db, CancellationToken cancellationToken)
    {
        return TypedResults.Ok(await MyVacancy.ListAsync(db, employer.OrganisationId()!.Value, cancellationToken));
    }
}

internal sealed record MyVacancy(Guid Id, string Title, string Status, DateTimeOffset? PublishedAt, DateOnly ValidThrough, int Views)
{
    public static async Task<List<MyVacancy>> ListAsync(VacanciesDbContext db, Guid organisation, CancellationToken cancellationToken) =>
        [.. (await db.Vacancies.AsNoTracking()
                .Where(v => v.OrganisationId == organisation)
                .OrderByDescending(v => v.UpdatedAt).ThenBy(v => v.Id)
                .Select(v => new { v.Id, v.Content.Title, v.Status, v.PublishedAt, v.Content.ValidThrough, v.Views })
                .ToListAsync(cancellationToken))
            .Select(v => new MyVacancy(v.Id, v.Title, Codes.Statuses[v.Status], v.PublishedAt, v.ValidThrough, v.Views))];
}
