using Labor.BuildingBlocks.Web;
using FluentValidation;
using Labor.Accounts.Resources;
using Labor.Accounts.Users;
using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Labor.Accounts.Pages.Admin;

[Authorize(Policy = Policies.Admin)]
internal sealed class UsersModel(AccountDirectory directory, IValidator<NewUserRequest> validator, IStringLocalizer<Texts> text) : FormPage
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? OrganisationName { get; set; }

    public string? Outcome { get; private set; }

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Users = await directory.ListAsync(200, cancellationToken);

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new NewUserRequest(Email, Role, null, OrganisationName, Language);
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            AddErrors(text, validation);
        }
        else
        {
            Outcome = await directory.InviteAsync(request, cancellationToken) is null ? "AlreadyExists" : "Invited";
        }

        Users = await directory.ListAsync(200, cancellationToken);
    }
}
