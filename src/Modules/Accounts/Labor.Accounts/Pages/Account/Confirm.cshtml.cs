using Labor.BuildingBlocks.Web;
using Labor.Accounts.SignUp;

namespace Labor.Accounts.Pages.Account;

/// <summary>Opened from the confirmation mail. Confirming is idempotent, so a GET may do it.</summary>
internal sealed class ConfirmModel(Registrar registrar) : FormPage
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid? user, string? code) =>
        Confirmed = user is Guid id && await registrar.ConfirmAsync(id, code);
}
