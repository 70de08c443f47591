using Labor.Jobseekers.Contracts;
using Labor.Matching.Digests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Labor.Matching.Pages.Digest;

/// <summary>
/// The page behind a digest's unsubscribe link. A GET only asks (link scanners open links); the POST unsubscribes,
/// whether from this page's button or from a mail client's one-click request (RFC 8058), which carries no
/// antiforgery token and needs none: the signed token is the authority.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class UnsubscribeModel(UnsubscribeLinks links, IDigestSubscriptions subscriptions) : PageModel
{
    public bool Valid { get; private set; }

    public bool Done { get; private set; }

    public void OnGet(string token)
    {
        Valid = links.Read(token) is not null;
        Response.StatusCode = Valid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }

    public async Task OnPostAsync(string token, CancellationToken cancellationToken)
    {
        Valid = Done = await DigestEndpoints.TryUnsubscribeAsync(token, links, subscriptions, cancellationToken);
        Response.StatusCode = Done ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }
}
