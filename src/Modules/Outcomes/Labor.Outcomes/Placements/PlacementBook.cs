using System.Security.Claims;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.Jobseekers.Contracts;
using Labor.Matching.Contracts;
using Labor.Outcomes.Contracts;
using Labor.Outcomes.Data;
using Labor.Outcomes.Domain;
using Labor.Outcomes.ReadModel;
using Labor.Outcomes.Trajectories;
using Labor.Reference.Contracts;
using Labor.Vacancies.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Labor.Outcomes.Placements;

/// <summary>
/// Records hires reported by employers and new work reported by people, one placement per hire (ADR 20), and tells
/// the other modules with <see cref="PlacementRecorded"/> in the same transaction.
/// </summary>
internal sealed class PlacementBook(
    OutcomesDbContext db, TrajectoryBook trajectories, IMatchProposals proposals, ICandidateCards cards, IVocabulary vocabulary, IReferenceData reference, IAuthorizationService authorization, TimeProvider time)
{
    /// <summary>Who may be hired: only a candidate the employer may see now, of the employer's own vacancy.</summary>
    public async Task<Result<HireCandidate>> CandidateAsync(Guid vacancyId, Guid jobseekerId, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        KnownVacancy? vacancy = await db.Vacancies.AsNoTracking().SingleOrDefaultAsync(v => v.VacancyId == vacancyId, cancellationToken);
        if (vacancy is null)
        {
            return Refusal.NotFound("No vacancy has this id.");
        }

        if (!(await authorization.AuthorizeAsync(employer, vacancy.OrganisationId, Policies.OwnOrganisation)).Succeeded)
        {
            return Refusal.Forbidden("This vacancy belongs to another organisation.");
        }

        // A candidate the employer could not see now (consent withdrawn, or never listed) is as unknown as a stranger.
        if (!(await proposals.CandidatesAmongAsync(vacancyId, [jobseekerId], cancellationToken)).Contains(jobseekerId)
            || !(await cards.FindConsentingAsync([jobseekerId], cancellationToken)).TryGetValue(jobseekerId, out CandidateCard? card))
        {
            return Refusal.NotFound("This person is not a candidate for this vacancy.");
        }

        return new HireCandidate(vacancy, card);
    }

    public async Task<Result<Recorded>> HireAsync(HireRequest request, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        Result<HireCandidate> candidate = await CandidateAsync(request.VacancyId!.Value, request.JobseekerId!.Value, employer, cancellationToken);
        if (candidate.Refusal is { } refusal)
        {
            return refusal;
        }

        (KnownVacancy vacancy, CandidateCard person) = candidate.Value!;
        return await RecordAsync(person.JobseekerId, new NewWork(
            ByEmployer: true, vacancy.VacancyId, vacancy.OrganisationId, vacancy.OccupationUri, vacancy.SectorTables, request.StartDate!.Value,
            request.HoursPerWeek ?? vacancy.HoursMax, ProposedByMatch: true, AfterTraining: false), cancellationToken);
    }

    public async Task<Result<Recorded>> ReportAsync(WorkReport report, Guid jobseekerId, CancellationToken cancellationToken)
    {
        DateOnly start = report.StartDate!.Value;
        if (report.VacancyId is { } vacancyId)
        {
            KnownVacancy? vacancy = await db.Vacancies.AsNoTracking().SingleOrDefaultAsync(v => v.VacancyId == vacancyId, cancellationToken);
            if (vacancy is null)
            {
                return Refusal.NotFound("No vacancy has this id.");
            }

            bool proposed = await proposals.WasProposedAsync(jobseekerId, vacancyId, cancellationToken);
            return await RecordAsync(jobseekerId, new NewWork(
                ByEmployer: false, vacancyId, vacancy.OrganisationId, vacancy.OccupationUri, vacancy.SectorTables, start,
                report.HoursPerWeek ?? vacancy.HoursMax, proposed, AfterTraining: false), cancellationToken);
        }

        IReadOnlyList<string> sectors = report.SectorTable is { } table ? [reference.FindSectorTable(table)!.Name] : vocabulary.FindOccupation(report.OccupationUri)!.SectorTables;
        return await RecordAsync(jobseekerId, new NewWork(
            ByEmployer: false, null, null, report.OccupationUri, sectors, start, report.HoursPerWeek, ProposedByMatch: false, AfterTraining: false), cancellationToken);
    }

    /// <summary>
    /// The hires an employer named when closing a vacancy as filled; Vacancies checked they were its candidates.
    /// Runs in the consumer's transaction.
    /// </summary>
    public async Task RecordClosingHiresAsync(VacancyClosed closed, CancellationToken cancellationToken)
    {
        KnownVacancy? vacancy = await db.Vacancies.AsNoTracking().SingleOrDefaultAsync(v => v.VacancyId == closed.VacancyId, cancellationToken);
        // In the order of the people's ids: two closings naming the same people lock them in the same order.
        foreach (VacancyHire hire in (vacancy is null ? [] : closed.Hires ?? []).OrderBy(h => h.JobseekerId))
        {
            await RecordAsync(hire.JobseekerId, new NewWork(
                ByEmployer: true, vacancy!.VacancyId, vacancy.OrganisationId, vacancy.OccupationUri, vacancy.SectorTables, hire.StartDate, vacancy.HoursMax,
                ProposedByMatch: true, AfterTraining: false), cancellationToken);
        }
    }

    /// <summary>
    /// A new placement is a step of the person's trajectory, closing it as placed; training completed before the
    /// start marks the placement as after training.
    /// </summary>
    private Task<Result<Recorded>> RecordAsync(Guid jobseekerId, NewWork work, CancellationToken cancellationToken) =>
        db.ForPersonAsync<Recorded>(jobseekerId, async person =>
        {
            DateTimeOffset now = time.GetUtcNow();
            work = work with { AfterTraining = work.AfterTraining || await trajectories.TrainedByAsync(jobseekerId, work.StartDate, cancellationToken) };
            List<Placement> earlier = await db.Placements.Where(p => p.JobseekerId == jobseekerId).ToListAsync(cancellationToken);
            Placement? placement = earlier.OrderBy(p => Math.Abs(p.StartDate.DayNumber - work.StartDate.DayNumber)).FirstOrDefault(p => p.IsSameHire(work));
            if (placement is not null)
            {
                if (placement.Merge(work, now))
                {
                    Tell(placement);
                }

                return new Recorded(placement, Created: false);
            }

            placement = Placement.Record(jobseekerId, new PlacementOrigin(person.Situation, person.OccupationUri, person.SectorTables, person.Municipality), work, now);
            db.Placements.Add(placement);
            Tell(placement);
            await trajectories.AddStepAsync(person, StepKind.Placement, work.StartDate, work.ByEmployer ? StepAuthor.Employer : StepAuthor.Person, cancellationToken);
            return new Recorded(placement, Created: true);
        }, cancellationToken);

    private void Tell(Placement p) => db.AddIntegrationEvent(
        new PlacementRecorded(
            p.Id, p.JobseekerId, p.VacancyId, p.OrganisationId, p.StartDate, p.HoursPerWeek, p.FromSituation, p.FromSectorTables, p.ToOccupationUri, p.ToSectorTables,
            p.CrossedSectors, p.ProposedByMatch, p.AfterTraining, p.ReportedBy, p.Municipality, p.ChangedAt),
        p.ChangedAt);
}

internal sealed record HireCandidate(KnownVacancy Vacancy, CandidateCard Person);

/// <param name="Created">false when the report merged into a placement recorded before.</param>
internal sealed record Recorded(Placement Placement, bool Created);
