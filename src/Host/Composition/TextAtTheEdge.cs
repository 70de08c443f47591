using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Labor.BuildingBlocks.Web;
using Microsoft.Extensions.Primitives;

namespace Labor.Host.Composition;

/// <summary>
/// Refuses text that cannot be stored or shown (<see cref="PlainText"/>) wherever a request carries it: the path (and
/// so the route values), the query string, an urlencoded form and a JSON body. One check at the edge, so no module
/// meets a NUL on its way to PostgreSQL (ADR 14). The API answers 400 with problem details; pages show the error page.
/// </summary>
internal sealed class TextAtTheEdge(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        // The error page, run again for a request refused here, must not be refused in its turn.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next(context);
            return;
        }

        string? refused = RefusedInUrl(context.Request) ?? await RefusedInBodyAsync(context.Request);
        if (refused is null)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (ErrorHandling.IsMachineFacing(context))
        {
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "The request contains text that is not allowed.", Detail = $"In {refused}: {PlainText.Rule}." },
            });
        }

        // A page's empty 400 is rendered by the error page (UseStatusCodePagesWithReExecute).
    }

    private static string? RefusedInUrl(HttpRequest request) =>
        !PlainText.IsAcceptable(request.Path.Value) ? "the path" : Refused(request.Query, "the query parameter");

    private static async Task<string?> RefusedInBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType && !request.ContentType!.Contains("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            // Read once here; the page or endpoint gets the same parsed form. Multipart uploads are left to their
            // handler, which knows its limits and reads the file with the CSV reader's own check.
            try
            {
                return Refused(await request.ReadFormAsync(request.HttpContext.RequestAborted), "the form field");
            }
            catch (InvalidDataException)
            {
                return "the form"; // the form reader itself refuses a NUL, and a form past its limits
            }
        }

        if (!request.HasJsonContentType())
        {
            return null;
        }

        request.EnableBuffering();
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return RefusedInJson(body.GetBuffer().AsSpan(0, (int)body.Length));
    }

    private static string? Refused(IEnumerable<KeyValuePair<string, StringValues>> pairs, string what)
    {
        foreach ((string key, StringValues values) in pairs)
        {
            if (!PlainText.IsAcceptable(key))
            {
                return $"the name of {what}";
            }

            if (values.Any(value => !PlainText.IsAcceptable(value)))
            {
                return $"{what} '{key}'";
            }
        }

        return null;
    }

    private static string? RefusedInJson(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        string field = "the body";
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String)
                {
                    string text = reader.GetString()!;
                    if (!PlainText.IsAcceptable(text))
                    {
                        return reader.TokenType == JsonTokenType.PropertyName ? "a property name" : $"the field '{field}'";
                    }

                    field = reader.TokenType == JsonTokenType.PropertyName ? text : field;
                }
            }
        }
        catch (JsonException)
        {
            return null; // malformed or too deep: the endpoint's own binding answers 400 and says where
        }
        catch (InvalidOperationException)
        {
            return $"the field '{field}'"; // a string that is not UTF-8 or escapes an unpaired surrogate
        }

        return null;
    }
}
