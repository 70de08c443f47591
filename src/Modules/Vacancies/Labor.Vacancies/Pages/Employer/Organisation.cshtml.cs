using FluentValidation;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Organisations;
using Labor.Vacancies.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Labor.Vacancies.Pages.Employer;

[Authorize(Policy = Policies.Employer)]
internal sealed class OrganisationModel(VacanciesDbContext db, IValidator<OrganisationRequest> validator, TimeProvider time, IStringLocalizer<Texts> text) : FormPage
{
    [BindProperty]
    public OrganisationRequest Form { get; set; } = new(null, null, null, null, null, null, null, null);

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await db.Organisations.FindAsync([User.OrganisationId()!.Value], cancellationToken) is { } organisation)
        {
            Form = OrganisationRequest.From(organisation);
        }
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Form, cancellationToken);
        if (!validation.IsValid)
        {
            AddErrors(text, validation);
            return;
        }

        await OrganisationEndpoints.SaveAsync(db, User.OrganisationId()!.Value, Form, time, cancellationToken);
        Saved = true;
    }
}
