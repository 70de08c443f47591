using System.Net.Http.Headers;
using System.Text;
using Labor.BuildingBlocks.Security;
using Labor.Host.Composition;
using Microsoft.AspNetCore.Http.HttpResults;
using Refit;

namespace Labor.Host.FailedMessages;

/// <summary>Failed messages for admins: the page <c>/beheer/berichten</c> and <c>/api/admin/failed-messages</c> (ADR 15).</summary>
internal static class FailedMessagesSetup
{
    public static IServiceCollection AddFailedMessages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RabbitMqOptions>().BindConfiguration(RabbitMqOptions.Section);
        RabbitMqOptions rabbit = configuration.GetSection(RabbitMqOptions.Section).Get<RabbitMqOptions>() ?? new RabbitMqOptions();
        services.AddRefitGeneratedClient<IRabbitManagement>().ConfigureHttpClient(http =>
        {
            http.BaseAddress = rabbit.ManagementUrl;
            http.Timeout = TimeSpan.FromSeconds(10);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{rabbit.Username}:{rabbit.Password}")));
        });
        services.AddScoped<ErrorQueues>();
        return services;
    }

    public static void MapFailedMessages(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder failed = endpoints.MapGroup("/api/admin/failed-messages").WithTags("Admin").RequireAuthorization(Policies.Admin);
        failed.MapGet("/", ListAsync).WithSummary("Messages that consumers gave up on after their retries, per error queue (the first 50 of each).");
        failed.MapPost("/{queue}/{messageId:guid}/replay", ReplayAsync).WithSummary("Puts a failed message back into its consumer's queue.");
        failed.MapDelete("/{queue}/{messageId:guid}", DiscardAsync).WithSummary("Removes a failed message for good.");
    }

    /// <summary>What an admin sees when the broker's management API cannot be reached: not an error of ours.</summary>
    public static bool IsUnreachable(Exception exception) => exception is HttpRequestException or ApiException or TaskCanceledException;

    private static async Task<Results<Ok<IReadOnlyList<FailedQueue>>, ProblemHttpResult>> ListAsync(ErrorQueues queues, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await queues.ListAsync(cancellationToken));
        }
        catch (Exception exception) when (IsUnreachable(exception))
        {
            return Unreachable();
        }
    }

    private static Task<Results<NoContent, NotFound, ProblemHttpResult>> ReplayAsync(string queue, Guid messageId, ErrorQueues queues, CancellationToken cancellationToken) =>
        ActAsync(() => queues.ReplayAsync(queue, messageId, cancellationToken));

    private static Task<Results<NoContent, NotFound, ProblemHttpResult>> DiscardAsync(string queue, Guid messageId, ErrorQueues queues, CancellationToken cancellationToken) =>
        ActAsync(() => queues.DiscardAsync(queue, messageId, cancellationToken));

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> ActAsync(Func<Task<bool>> act)
    {
        try
        {
            return await act() ? TypedResults.NoContent() : TypedResults.NotFound();
        }
        catch (Exception exception) when (IsUnreachable(exception))
        {
            return Unreachable();
        }
    }

    private static ProblemHttpResult Unreachable() =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The broker's management API cannot be reached now.");
}
