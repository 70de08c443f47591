using FluentValidation;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Labor.Reference.Places;

/// <summary>Where a postcode is, for forms that show the municipality as soon as a postcode is typed.</summary>
internal static class PostcodeEndpoint
{
    public static void Map(RouteGroupBuilder reference) =>
        reference.MapGet("/postcode", LocateAsync).Validate<PostcodeQuery>()
            .WithSummary("Geocodes a Dutch postcode through PDOK; when PDOK cannot be reached, the given municipality's centre (status 'unavailable').");

    private static async Task<Results<Ok<PostcodeLookup>, ProblemHttpResult>> LocateAsync(
        [AsParameters] PostcodeQuery query, IPostcodeLocator locator, CancellationToken cancellationToken)
    {
        PostcodeLookup lookup = await locator.LocateAsync(query.Postcode!, query.Municipality, cancellationToken);
        return lookup.Status == PostcodeStatus.Unknown
            ? Refusal.NotFound("Unknown postcode.", $"No address has postcode '{query.Postcode}'.").ToProblem()
            : TypedResults.Ok(lookup);
    }
}

internal sealed record PostcodeQuery(string? Postcode, string? Municipality);

internal sealed class PostcodeQueryValidator : AbstractValidator<PostcodeQuery>
{
    public PostcodeQueryValidator(IReferenceData region)
    {
        RuleFor(q => q.Postcode).Must(postcode => Contracts.Postcode.TryNormalise(postcode, out _))
            .WithMessage("A Dutch postcode: four digits, then two letters, such as 8011 PK.");
        RuleFor(q => q.Municipality).Must(name => name is null || region.FindMunicipality(name) is not null)
            .WithMessage("One of the 20 municipalities of Regio Zwolle.");
    }
}
