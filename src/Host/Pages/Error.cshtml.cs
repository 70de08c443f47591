using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Labor.Host.Pages;

[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet() => Code = int.TryParse(Request.Query["code"], out int code) ? code
        : Response.StatusCode >= StatusCodes.Status400BadRequest ? Response.StatusCode // set by the exception handler: 413 for an upload too large, say
        : StatusCodes.Status500InternalServerError;

    // No parameters to bind: binding would read the form again, and the form may be what was refused.
    public void OnPost() => OnGet();
}
