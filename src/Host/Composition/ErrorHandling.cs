using System.Diagnostics;
using System.Text.Json;

namespace Labor.Host.Composition;

internal static class ErrorHandling
{
    public static IServiceCollection AddLaborProblemDetails(this IServiceCollection services)
    {
        // Binding failures throw in every environment, so the handler below can tell the client what was wrong.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            if (context.Exception is BadHttpRequestException bad)
            {
                context.ProblemDetails.Detail = bad.InnerException is JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
            }
        });
    }

    /// <summary>
    /// The API answers every error with RFC 9457 problem details (a malformed body is the client's 400, not our 500);
    /// people on the web pages get a readable error page in their language instead.
    /// </summary>
    public static void UseLaborErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsMachineFacing, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
                // A client's malformed request is not our error: do not log it as one.
                SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
            });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsMachineFacing(context), pages =>
        {
            pages.UseExceptionHandler("/fout");
            pages.UseStatusCodePagesWithReExecute("/fout", "?code={0}");
        });
    }

    private static bool IsMachineFacing(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") ||
        context.Request.Path.StartsWithSegments("/health") ||
        context.Request.Path.StartsWithSegments("/openapi");
}
