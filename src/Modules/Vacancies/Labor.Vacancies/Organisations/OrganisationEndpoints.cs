using System.Security.Claims;
using FluentValidation;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Labor.Vacancies.Organisations;

/// <summary>An employer keeps their organisation's profile: what jobseekers see of who is hiring.</summary>
internal static class OrganisationEndpoints
{
    public static void Map(IEndpointRouteBuilder vacancies)
    {
        vacancies.MapGet("/organisation", GetAsync).RequireAuthorization(Policies.Employer).WithName("MyOrganisation")
            .WithSummary("Your organisation's profile; 404 until it is filled in.");
        vacancies.MapPut("/organisation", SaveOwnAsync).RequireAuthorization(Policies.Employer).Validate<OrganisationRequest>().WithName("SaveMyOrganisation")
            .WithSummary("Saves your organisation's profile: name, KvK number, address, contact person.");
    }

    private static async Task<Results<Ok<OrganisationRequest>, ProblemHttpResult>> GetAsync(
        ClaimsPrincipal employer, VacanciesDbContext db, CancellationToken cancellationToken) =>
        await db.Organisations.FindAsync([employer.OrganisationId()!.Value], cancellationToken) is { } organisation
            ? TypedResults.Ok(OrganisationRequest.From(organisation))
            : Refusal.NotFound("Your organisation's profile is not filled in yet.").ToProblem();

    private static async Task<Ok<OrganisationRequest>> SaveOwnAsync(
        OrganisationRequest request, ClaimsPrincipal employer, VacanciesDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(OrganisationRequest.From(await SaveAsync(db, employer.OrganisationId()!.Value, request, time, cancellationToken)));

    /// <param name="request">Already validated.</param>
    public static async Task<Organisation> SaveAsync(VacanciesDbContext db, Guid id, OrganisationRequest request, TimeProvider time, CancellationToken cancellationToken)
    {
        Postcode.TryNormalise(request.Postcode, out string postcode);
        var profile = new OrganisationProfile(
            request.Name!.Trim(), request.KvkNumber!.Trim(), request.Address!.Trim(), postcode, request.Municipality!.Trim(),
            request.ContactName!.Trim(), request.ContactEmail!.Trim(), string.IsNullOrWhiteSpace(request.ContactPhone) ? null : request.ContactPhone.Trim());
        if (await db.Organisations.FindAsync([id], cancellationToken) is { } organisation)
        {
            organisation.Update(profile, time.GetUtcNow());
        }
        else
        {
            db.Organisations.Add(organisation = Organisation.Register(id, profile, time.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
        return organisation;
    }
}

internal sealed record OrganisationRequest(
    string? Name, string? KvkNumber, string? Address, string? Postcode, string? Municipality, string? ContactName, string? ContactEmail, string? ContactPhone)
{
    public static OrganisationRequest From(Organisation o) =>
        new(o.Name, o.KvkNumber, o.Address, o.Postcode, o.Municipality, o.ContactName, o.ContactEmail, o.ContactPhone);
}

internal sealed class OrganisationRequestValidator : AbstractValidator<OrganisationRequest>
{
    public OrganisationRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.KvkNumber).NotEmpty().Matches("^[0-9]{8}$").WithMessage("A KvK number is 8 digits.")
            .Must(kvk => kvk != "00000000").WithMessage("A KvK number is 8 digits.");
        RuleFor(r => r.Address).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Postcode).Must(postcode => Reference.Contracts.Postcode.TryNormalise(postcode, out _))
            .WithMessage("A Dutch postcode: four digits, then two letters, such as 8011 PK.");
        RuleFor(r => r.Municipality).NotEmpty().MaximumLength(100);
        RuleFor(r => r.ContactName).NotEmpty().MaximumLength(200);
        RuleFor(r => r.ContactEmail).NotEmpty().MailAddress().MaximumLength(254);
        RuleFor(r => r.ContactPhone).MaximumLength(30).Matches(@"^[0-9+()\- ]*$").WithMessage("Digits, spaces, +, - and brackets only.");
    }
}
