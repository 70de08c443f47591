using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Labor.BuildingBlocks.Outcomes;

/// <summary>The one translation of a refusal into HTTP: RFC 9457 problem details with the kind's status.</summary>
public static class RefusalHttp
{
    /// <summary>Field errors travel as validation problem details (an "errors" member), the rest as plain ones.</summary>
    public static ProblemHttpResult ToProblem(this Refusal refusal)
    {
        ProblemDetails problem = refusal.Errors.Count > 0 ? new HttpValidationProblemDetails(refusal.Errors.ToDictionary()) : new ProblemDetails();
        problem.Status = StatusOf(refusal.Kind);
        problem.Title = refusal.Title;
        problem.Detail = refusal.Detail;
        foreach ((string name, object? value) in refusal.Extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }

        return TypedResults.Problem(problem);
    }

    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> done)
        where T : class => result.Refusal is { } refusal ? refusal.ToProblem() : done(result.Value!);

    public static async Task<IResult> ToHttpAsync<T>(this Result<T> result, Func<T, Task<IResult>> done)
        where T : class => result.Refusal is { } refusal ? refusal.ToProblem() : await done(result.Value!);

    private static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
