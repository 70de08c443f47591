using Labor.BuildingBlocks.Privacy;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Jobseekers.Domain;
using Labor.Jobseekers.Privacy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Labor.Jobseekers.Pages;

/// <summary>The privacy statement for everyone; for a signed-in jobseeker also "download my data" and "delete my account".</summary>
internal sealed class PrivacyModel(PersonalDataDownload download, JobseekerErasure erasure) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public bool Erased { get; set; }

    public bool IsJobseeker => User.IsInRole(Roles.Jobseeker);

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        if (!IsJobseeker)
        {
            return Challenge();
        }

        NoStore.Apply(Response);
        return File(PersonalDataDownload.Serialize(await download.AssembleAsync(User.UserId()!.Value, cancellationToken)), "application/json", PersonalDataDownload.FileName);
    }

    public async Task<IActionResult> OnPostDeleteAsync(bool understood, CancellationToken cancellationToken)
    {
        if (!IsJobseeker)
        {
            return Challenge();
        }

        if (!understood)
        {
            ModelState.AddModelError("understood", "");
            return Page();
        }

        await erasure.EraseAsync(User.UserId()!.Value, Erasure.OnRequest, cancellationToken);
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return RedirectToPage(new { erased = true });
    }
}
