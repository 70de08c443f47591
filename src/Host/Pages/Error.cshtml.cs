using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Labor.Host.Pages;

[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int? code) => Code = code ?? StatusCodes.Status500InternalServerError;

    public void OnPost(int? code) => OnGet(code);
}
