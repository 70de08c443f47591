using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Labor.BuildingBlocks.Outcomes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Labor.BuildingBlocks.Web;

/// <summary>
/// Validates the <typeparamref name="TRequest"/> argument of an endpoint at the edge and answers 400 with RFC 9457
/// problem details naming each invalid field (in the JSON spelling the client sent) before the handler runs.
/// </summary>
public sealed class ValidationFilter<TRequest>(IValidator<TRequest> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        TRequest? request = context.Arguments.OfType<TRequest>().FirstOrDefault();
        if (request is null)
        {
            return Refusal.Invalid("body", "The request body is missing.").ToProblem();
        }

        ValidationResult result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
        if (result.IsValid)
        {
            return await next(context);
        }

        return Refusal.Invalid(ValidationNames.Errors(result)).ToProblem();
    }
}

public static class ValidationNames
{
    /// <summary>A validator's property path as the client spelled it in JSON: <c>Workplace.Postcode</c> → <c>workplace.postcode</c>.</summary>
    public static string JsonPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>A validation's failures by field, as a refusal names them.</summary>
    public static Dictionary<string, string[]> Errors(ValidationResult result) => result.Errors
        .GroupBy(e => JsonPath(e.PropertyName))
        .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
}

public static class ValidationFilterExtensions
{
    public static RouteHandlerBuilder Validate<TRequest>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<TRequest>>().ProducesValidationProblem();
}
