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
            else if (context.Exception is InvalidDataException invalid)
            {
                context.ProblemDetails.Detail = invalid.Message;
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
                StatusCodeSelector = StatusFor,
                // A client's malformed request is not our error: do not log it as one.
                SuppressDiagnosticsCallback = context => IsClientFault(context.Exception),
            });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsMachineFacing(context), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/fout",
                StatusCodeSelector = StatusFor,
                SuppressDiagnosticsCallback = context => IsClientFault(context.Exception),
            });
            pages.UseStatusCodePagesWithReExecute("/fout", "?code={0}");
        });
    }

    /// <summary>
    /// Kestrel's own refusals (413 too large, 400 a body cut short) carry their status; an InvalidDataException while a
    /// request runs comes from reading what the client sent (a multipart body without a boundary, a form past its
    /// limits), so it is the client's 400 as well.
    /// </summary>
    private static int StatusFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static bool IsClientFault(Exception exception) => StatusFor(exception) < StatusCodes.Status500InternalServerError;

    public static bool IsMachineFacing(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") ||
        context.Request.Path.StartsWithSegments("/health") ||
        context.Request.Path.StartsWithSegments("/openapi");
}
