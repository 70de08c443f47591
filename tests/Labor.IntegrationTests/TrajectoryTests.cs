using System.Net;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>
/// Trajectories (issue 20, ADR 20): started by a first step, of the kind the situation and that step give, ended
/// with an outcome, and counted by the region dashboard without the person.
/// </summary>
public sealed class TrajectoryTests(LaborHost host) : IClassFixture<LaborHost>
{
    private static readonly TimeSpan Seconds = TimeSpan.FromSeconds(30);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<(TestUser Person, Guid Id)> PersonAsync(string name, string situation)
    {
        TestUser person = await host.UserAsync(Roles.Jobseeker);
        Guid id = (await person.Api.SaveMyProfileAsync(SampleProfiles.Warehouse(name) with { Situation = situation })).Content!.Id;
        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM outcomes.people WHERE jobseeker_id = $1 AND situation = $2", id, situation) == 1,
            Seconds, "the person known to outcomes");
        return (person, id);
    }

    private static async Task<int> StartedAsync(TestUser staff, string kind)
    {
        string csv = await staff.Http.GetStringAsync(new Uri("/api/region/dashboard/trajectories.csv", UriKind.Relative));
        return int.Parse(csv.Split("\r\n").Single(line => line.StartsWith(kind + ",", StringComparison.Ordinal)).Split(',')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_first_step_starts_a_trajectory_of_the_situations_kind_and_a_training_completed_before_a_hire_marks_the_placement()
    {
        TestUser staff = await host.UserAsync(Roles.ProgrammeStaff);
        int before = await StartedAsync(staff, "werkloosheid-naar-werk");
        (TestUser person, Guid id) = await PersonAsync("Stap Voor Stap", "social-assistance");

        Trajectory started = (await person.Api.RecordMyStepAsync(new StepDraft("intake", Today.AddDays(-30)))).Content!;
        started.Kind.ShouldBe("werkloosheid-naar-werk");
        started.Outcome.ShouldBeNull();
        (await person.Api.RecordMyStepAsync(new StepDraft("training-started", Today.AddDays(-20)))).Content!.Id.ShouldBe(started.Id, "one open trajectory, steps append");
        (await host.Api().RecordStepAsync(id, new StepDraft("coaching", Today))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await staff.Api.RecordStepAsync(id, new StepDraft("training-completed", Today.AddDays(-2)))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var placed = await person.Api.ReportNewWorkAsync(new NewWorkReport(null, SampleVacancies.ForkliftOperator, null, Today));
        placed.StatusCode.ShouldBe(HttpStatusCode.Created);

        Trajectory done = (await person.Api.MyTrajectoriesAsync()).Content!.Single();
        done.Outcome.ShouldBe("placed");
        done.Steps.Select(s => s.Kind).ShouldBe(["intake", "training-started", "training-completed", "placement"]);
        done.Steps.Select(s => s.By).ShouldBe(["person", "person", "staff", "person"]);
        (await host.ScalarAsync<bool>("SELECT after_training FROM outcomes.placements WHERE jobseeker_id = $1", id)).ShouldBeTrue("training completed before the start");
        await Eventually.TrueAsync(async () => await StartedAsync(staff, "werkloosheid-naar-werk") == before + 1, Seconds, "the dashboard counting the started trajectory");
        string csv = await staff.Http.GetStringAsync(new Uri("/api/region/dashboard/trajectories.csv", UriKind.Relative));
        csv.Split("\r\n")[0].ShouldBe("kind,started,open,placed,training_completed,ended_otherwise");
    }

    [Fact]
    public async Task A_training_as_first_step_is_retraining_whatever_the_situation_and_a_person_who_stops_and_starts_again_has_one_route()
    {
        (TestUser person, _) = await PersonAsync("Leert Iets Nieuws", "employed");

        Trajectory trajectory = (await person.Api.RecordMyStepAsync(new StepDraft("training-started", Today))).Content!;

        trajectory.Kind.ShouldBe("om-en-bijscholing");
        (await person.Api.WithdrawMyTrajectoryAsync(new TrajectoryEnd("withdrawn"))).Content!.Outcome.ShouldBe("withdrawn");
        (await person.Api.WithdrawMyTrajectoryAsync(new TrajectoryEnd("withdrawn"))).StatusCode.ShouldBe(HttpStatusCode.Conflict, "nothing open any more");
        Trajectory again = (await person.Api.RecordMyStepAsync(new StepDraft("coaching", Today))).Content!;
        again.Id.ShouldBe(trajectory.Id, "stopping and starting again within 90 days is one route: the figures count it once");
        again.Outcome.ShouldBeNull();
        (await person.Api.MyTrajectoriesAsync()).Content!.Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_employers_invitation_is_a_step_of_the_persons_trajectory()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        (TestUser person, Guid id) = await PersonAsync("Uitgenodigd", "uwv-benefit");
        await person.Api.SetMyConsentAsync(new Consent(true));
        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker uitnodiging") with { HoursMin = 24, HoursMax = 32 })).Content!;
        await Eventually.TrueAsync(async () => ((await employer.Api.CandidatesAsync(vacancy.Id)).Content ?? []).Any(c => c.JobseekerId == id), Seconds, "a candidate");

        await employer.Api.SetCandidateVerdictAsync(vacancy.Id, id, new CandidateVerdict("invited"));
        await employer.Api.SetCandidateVerdictAsync(vacancy.Id, id, new CandidateVerdict("invited"));

        Trajectory trajectory = await Eventually.ReturnsAsync(async () => (await person.Api.MyTrajectoriesAsync()).Content!.SingleOrDefault(),
            t => t is not null, Seconds, "the invitation's trajectory") ?? throw new InvalidOperationException();
        trajectory.Kind.ShouldBe("werkloosheid-naar-werk");
        trajectory.Steps.ShouldHaveSingleItem().By.ShouldBe("employer", "invited twice is one invitation");
    }

    [Fact]
    public async Task Bad_steps_and_outcomes_are_refused_and_store_nothing()
    {
        TestUser staff = await host.UserAsync(Roles.ProgrammeStaff);
        (TestUser person, Guid id) = await PersonAsync("Fout Ingevuld", "no-benefit");

        (await person.Api.RecordMyStepAsync(new StepDraft("placement", Today))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a placement comes from a hire or a report");
        (await person.Api.RecordMyStepAsync(new StepDraft("fund-application", Today))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "an application comes from the fund");
        (await person.Api.RecordMyStepAsync(new StepDraft("intake", Today.AddYears(2)))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the far future");
        (await person.Api.RecordMyStepAsync(new StepDraft("intake", Today.AddDays(2)))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a step that has not happened yet");
        (await person.Api.RecordMyStepAsync(new StepDraft("intake", null))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await person.Api.WithdrawMyTrajectoryAsync(new TrajectoryEnd("placed"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.Api.CloseTrajectoryAsync(id, new TrajectoryEnd("placed"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "placed comes from a placement");
        (await staff.Api.CloseTrajectoryAsync(id, new TrajectoryEnd("referred-elsewhere"))).StatusCode.ShouldBe(HttpStatusCode.Conflict, "nothing open");
        Guid nobody = Guid.NewGuid();
        (await staff.Api.RecordStepAsync(nobody, new StepDraft("intake", Today))).StatusCode.ShouldBe(HttpStatusCode.NotFound, "nobody has this id");
        (await person.Api.RecordStepAsync(id, new StepDraft("intake", Today))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "a person records only their own");

        (await host.ScalarAsync<long>("SELECT count(*) FROM outcomes.trajectories WHERE jobseeker_id = $1 OR jobseeker_id = $2", id, nobody)).ShouldBe(0, "nothing refused was stored");
        (await host.ScalarAsync<long>("SELECT count(*) FROM outcomes.people WHERE jobseeker_id = $1", nobody)).ShouldBe(0, "no person invented for an unknown id");

        (await staff.Api.RecordStepAsync(id, new StepDraft("fund-application", Today))).Content!.Kind.ShouldBe("om-en-bijscholing");
        (await staff.Api.CloseTrajectoryAsync(id, new TrajectoryEnd("referred-elsewhere"))).Content!.Outcome.ShouldBe("referred-elsewhere");
    }

    [Fact]
    public async Task Trajectories_are_in_the_download_and_leave_with_the_person()
    {
        (TestUser person, Guid id) = await PersonAsync("Weg Met Traject", "employed");
        Trajectory trajectory = (await person.Api.RecordMyStepAsync(new StepDraft("coaching", Today))).Content!;

        (await person.Api.DownloadMyDataAsync()).Content!.ShouldContain(trajectory.Id.ToString());
        await person.Api.EraseMeAsync();

        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM outcomes.trajectories WHERE jobseeker_id = $1", id) == 0,
            Seconds, "the trajectory erased with the person");
        (await host.ScalarAsync<long>("SELECT count(*) FROM outcomes.trajectory_steps WHERE trajectory_id = $1", trajectory.Id)).ShouldBe(0);
        await Eventually.TrueAsync(async () => await host.ScalarAsync<string>("SELECT outcome FROM sectortables.trajectories WHERE trajectory_id = $1", trajectory.Id) == "withdrawn",
            Seconds, "the anonymous count stays, and the open route ends as withdrawn instead of staying open for ever");
    }

    [Fact]
    public async Task A_route_without_a_step_for_ninety_days_ends_as_no_longer_responding_until_a_new_step()
    {
        (TestUser person, _) = await PersonAsync("Lang Stil", "uwv-benefit");
        Trajectory quiet = (await person.Api.RecordMyStepAsync(new StepDraft("intake", Today.AddDays(-100)))).Content!;
        (TestUser active, _) = await PersonAsync("Pas Bezig", "uwv-benefit");
        await active.Api.RecordMyStepAsync(new StepDraft("intake", Today.AddDays(-80)));

        await host.RunRecurringJobAsync("outcomes-silent-trajectories");

        (await person.Api.MyTrajectoriesAsync()).Content!.Single().Outcome.ShouldBe("no-longer-responding");
        (await active.Api.MyTrajectoriesAsync()).Content!.Single().Outcome.ShouldBeNull("a step 80 days ago is not silence");
        Trajectory again = (await person.Api.RecordMyStepAsync(new StepDraft("coaching", Today))).Content!;
        again.Id.ShouldBe(quiet.Id, "a new step opens the same route again");
        again.Outcome.ShouldBeNull();
    }

    [Fact]
    public async Task Steps_sent_at_once_leave_one_route_and_the_figures_its_newest_state_without_a_key_failure()
    {
        (TestUser person, _) = await PersonAsync("Alles Tegelijk", "no-benefit");

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => person.Api.RecordMyStepAsync(new StepDraft("coaching", Today.AddDays(-i)))));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        Trajectory route = (await person.Api.MyTrajectoriesAsync()).Content!.ShouldHaveSingleItem();
        route.Steps.Count.ShouldBe(6);
        await person.Api.WithdrawMyTrajectoryAsync(new TrajectoryEnd("withdrawn"));
        await Eventually.TrueAsync(async () => await host.ScalarAsync<string>("SELECT outcome FROM sectortables.trajectories WHERE trajectory_id = $1", route.Id) == "withdrawn",
            Seconds, "the figures holding the newest state");
        host.Logs.Lines.ShouldNotContain(line => line.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) || line.Contains("23505", StringComparison.Ordinal));
    }
}
