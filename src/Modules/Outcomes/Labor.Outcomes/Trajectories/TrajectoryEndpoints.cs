using System.Security.Claims;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Privacy;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Outcomes.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Labor.Outcomes.Trajectories;

/// <summary>A person reads and records their own route; programme staff record steps and outcomes for a person.</summary>
internal static class TrajectoryEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder trajectories = endpoints.MapGroup("/api/trajectories").WithTags("Trajectories").WithNoStore();
        trajectories.MapGet("/mine", async (ClaimsPrincipal person, TrajectoryReader reader, CancellationToken cancellationToken) =>
                TypedResults.Ok(await reader.ForPersonAsync(person.UserId()!.Value, cancellationToken)))
            .RequireAuthorization(Policies.Jobseeker).WithName("MyTrajectories").WithSummary("The signed-in person's trajectories with their steps, newest first.");
        trajectories.MapPost("/mine/steps", (StepRequest request, ClaimsPrincipal person, TrajectoryBook book, TimeProvider time, CancellationToken cancellationToken) =>
                StepAsync(person.UserId()!.Value, request, StepRequestValidator.ForPerson(time), StepAuthor.Person, book, cancellationToken))
            .RequireAuthorization(Policies.Jobseeker).WithName("RecordMyStep").ProducesValidationProblem()
            .WithSummary("Records a step of the person's own route (intake, coaching, training-started, training-completed); the first step starts a trajectory.");
        trajectories.MapPost("/mine/close", async (CloseRequest request, ClaimsPrincipal person, TrajectoryBook book, CancellationToken cancellationToken) =>
                request.Outcome == "withdrawn"
                    ? (await book.CloseAsync(person.UserId()!.Value, TrajectoryOutcome.Withdrawn, cancellationToken)).ToHttp(t => TypedResults.Ok(TrajectoryView.Of(t)))
                    : Refusal.Invalid("outcome", "Use withdrawn: the other outcomes are recorded where they happen.").ToProblem())
            .RequireAuthorization(Policies.Jobseeker).WithName("WithdrawMyTrajectory").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The person stops their open trajectory (outcome withdrawn); 409 when none is open.");
        trajectories.MapPost("/people/{jobseekerId:guid}/steps", (Guid jobseekerId, StepRequest request, TrajectoryBook book, TimeProvider time, CancellationToken cancellationToken) =>
                StepAsync(jobseekerId, request, StepRequestValidator.ForStaff(time), StepAuthor.Staff, book, cancellationToken))
            .RequireAuthorization(Policies.ProgrammeStaff).WithName("RecordStep").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Programme staff record a step of a person's route (also fund-application).");
        trajectories.MapPost("/people/{jobseekerId:guid}/close", async (Guid jobseekerId, CloseRequest request, TrajectoryBook book, CancellationToken cancellationToken) =>
                TrajectoryCodes.Outcomes.TryParse(request.Outcome, out TrajectoryOutcome outcome) && TrajectoryRules.StaffOutcomes.Contains(outcome)
                    ? (await book.CloseAsync(jobseekerId, outcome, cancellationToken)).ToHttp(t => TypedResults.Ok(TrajectoryView.Of(t)))
                    : Refusal.Invalid("outcome", TrajectoryRules.Expected(TrajectoryRules.StaffOutcomes, o => TrajectoryCodes.Outcomes[o])).ToProblem())
            .RequireAuthorization(Policies.ProgrammeStaff).WithName("CloseTrajectory").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Programme staff end a person's open trajectory with its outcome (placed comes from a placement).");
    }

    private static async Task<IResult> StepAsync(
        Guid jobseekerId, StepRequest request, StepRequestValidator rules, StepAuthor by, TrajectoryBook book, CancellationToken cancellationToken)
    {
        var validation = await rules.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return Refusal.Invalid(ValidationNames.Errors(validation)).ToProblem();
        }

        return (await book.RecordAsync(jobseekerId, TrajectoryCodes.Steps[request.Kind!], request.On!.Value, by, cancellationToken))
            .ToHttp(t => TypedResults.Ok(TrajectoryView.Of(t)));
    }
}
