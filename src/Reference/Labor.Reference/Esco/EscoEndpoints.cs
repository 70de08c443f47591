using FluentValidation;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Labor.Reference.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Labor.Reference.Esco;

/// <summary>Admins search ESCO's web service and add an occupation with its skills to the vocabulary.</summary>
internal static class EscoEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder esco = endpoints.MapGroup("/api/admin/vocabulary/esco").WithTags("Admin").RequireAuthorization(Policies.Admin);
        esco.MapGet("/search", SearchAsync).Validate<EscoSearchQuery>()
            .WithSummary("Searches ESCO's web service (when Reference:Esco:BaseUrl is set) for occupations or skills.");
        esco.MapPost("/occupations", ImportAsync).Validate<EscoOccupationRequest>()
            .WithSummary("Adds an ESCO occupation, with its essential and optional skills, to the vocabulary.");
    }

    private static async Task<Results<Ok<IReadOnlyList<EscoSearchHit>>, ProblemHttpResult>> SearchAsync(
        [AsParameters] EscoSearchQuery query, EscoOnline esco, CancellationToken cancellationToken)
    {
        if (!esco.Configured)
        {
            return NotConfigured();
        }

        try
        {
            return TypedResults.Ok(await esco.SearchAsync(query.Q!, query.Type ?? "occupation", Languages.Of(query.Lang), 20, cancellationToken));
        }
        catch (EscoUnavailableException)
        {
            return Unavailable();
        }
    }

    private static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> ImportAsync(
        EscoOccupationRequest request, EscoOnline esco, CancellationToken cancellationToken)
    {
        if (!esco.Configured)
        {
            return NotConfigured();
        }

        try
        {
            return ImportApi.Answer(await esco.ImportOccupationAsync(request.Uri!, cancellationToken));
        }
        catch (EscoUnavailableException)
        {
            return Unavailable();
        }
    }

    private static ProblemHttpResult NotConfigured() => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The ESCO web service is not configured.",
        detail: "Set Reference:Esco:BaseUrl (for example https://ec.europa.eu/esco/api/) to use it.");

    private static ProblemHttpResult Unavailable() => TypedResults.Problem(
        statusCode: StatusCodes.Status502BadGateway,
        title: "The ESCO web service did not answer.",
        detail: "Nothing was changed; try again later.");
}

internal sealed record EscoSearchQuery(string? Q, string? Type, string? Lang);

internal sealed record EscoOccupationRequest(string? Uri);

internal sealed class EscoSearchQueryValidator : AbstractValidator<EscoSearchQuery>
{
    public EscoSearchQueryValidator()
    {
        RuleFor(q => q.Q).NotEmpty().MaximumLength(100);
        RuleFor(q => q.Type).Must(type => type is null || EscoOnline.SearchTypes.Contains(type)).WithMessage("Use 'occupation' or 'skill'.");
        RuleFor(q => q.Lang).Must(lang => lang is null or "nl" or "en").WithMessage("Use 'nl' or 'en'.");
    }
}

internal sealed class EscoOccupationRequestValidator : AbstractValidator<EscoOccupationRequest>
{
    public EscoOccupationRequestValidator() =>
        RuleFor(r => r.Uri).NotEmpty().Must(uri => uri is not null && uri.StartsWith("http://data.europa.eu/esco/occupation/", StringComparison.Ordinal))
            .WithMessage("An ESCO occupation URI, such as http://data.europa.eu/esco/occupation/….");
}
