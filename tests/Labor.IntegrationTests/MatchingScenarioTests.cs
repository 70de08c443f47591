using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using Labor.Vacancies.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.IntegrationTests;

/// <summary>
/// The labelled scenarios: career switches an adviser would defend must reach the person's top 10, with the skills
/// that carry over and training for the gap; pairs that must not match do not. Everything goes the real way: the API,
/// the outbox, RabbitMQ, matching's read model and the nightly run as Hangfire runs it. Profiles and vacancies name
/// the regional skills they always did; the explanations name the ESCO skills that replaced them (ADR 12).
/// </summary>
public sealed class MatchingScenarioTests(MatchingScenarioTests.Region region) : IClassFixture<MatchingScenarioTests.Region>
{
    [Fact]
    public async Task A_warehouse_worker_finds_e_commerce_fulfilment_with_the_skills_that_carry_over_and_training_for_the_gap()
    {
        Match match = await MatchAsync(region.WarehouseWorker, region.Fulfilment);
        match.Rank.ShouldBeLessThanOrEqualTo(10);
        match.Explanation.Intersectoral.ShouldBeTrue("from Transport & Logistiek into E-commerce & IT");
        match.Explanation.CarriedOverSkills.Select(s => s.Uri).ShouldContain("http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f");
        match.Explanation.MissingEssentialSkills.Select(s => s.Uri).ShouldContain("http://data.europa.eu/esco/skill/d5fa1ed6-6cd8-41b9-8e78-2ba168ff3457");
        match.Explanation.Training.ShouldContain(t => t.Teaches.Any(s => s.Uri == "http://data.europa.eu/esco/skill/d5fa1ed6-6cd8-41b9-8e78-2ba168ff3457"));
        match.Explanation.DistanceKm!.Value.ShouldBeInRange(5, 25, "Kampen to Zwolle");
        (match.Parts.Skills + match.Parts.Occupation + match.Parts.Sector + match.Parts.Distance + match.Parts.Hours).ShouldBe(match.Score);
    }

    [Fact]
    public async Task A_sales_representative_finds_teaching_sales_and_marketing()
    {
        Match match = await MatchAsync(region.SalesRepresentative, region.SalesTeacher);
        match.Rank.ShouldBeLessThanOrEqualTo(10);
        match.Explanation.Intersectoral.ShouldBeTrue();
        match.Explanation.MatchedSkills.Select(s => s.Uri).ShouldContain("http://data.europa.eu/esco/skill/0c0488b3-fca5-4deb-865b-8dc605c3d909");
        match.Explanation.MissingEssentialSkills.Select(s => s.Uri).ShouldContain("http://data.europa.eu/esco/skill/a117f32c-662b-4dd9-b739-1230dd04cb60");
    }

    [Fact]
    public async Task A_graphic_designer_finds_drone_work()
    {
        Match match = await MatchAsync(region.GraphicDesigner, region.DronePilot);
        match.Rank.ShouldBeLessThanOrEqualTo(10);
        match.Explanation.Intersectoral.ShouldBeTrue();
        match.Explanation.CarriedOverSkills.Select(s => s.Uri).ShouldContain("http://data.europa.eu/esco/skill/df11ab22-3c40-4dc8-ab0c-e9f41e62449e");
        match.Explanation.Training.ShouldNotBeEmpty("a drone course closes the gap");
    }

    [Fact]
    public async Task Too_far_wrong_hours_and_below_the_minimum_education_do_not_match()
    {
        IReadOnlyList<Match> matches = await Region.MatchesOfAsync(region.WarehouseWorker);

        matches.ShouldNotContain(m => m.VacancyId == region.FarAway.Id, "Hardenberg is beyond 25 km from Kampen");
        matches.ShouldNotContain(m => m.VacancyId == region.FullTimeOnly.Id, "36–40 hours against 16–24");
        matches.ShouldNotContain(m => m.VacancyId == region.HigherEducation.Id, "hbo asked, mbo 2 held, experience may not replace it");
        matches.ShouldContain(m => m.VacancyId == region.ExperienceCounts.Id, "hbo asked, but six years as a warehouse worker may replace it");
    }

    [Fact]
    public async Task An_empty_profile_gets_no_matches_not_a_list_of_guesses()
    {
        (await Region.MatchesOfAsync(region.EmptyProfile)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_a_home_point_only_remote_work_is_matched()
    {
        IReadOnlyList<Match> matches = await Region.MatchesOfAsync(region.Unplaced);

        Match remote = matches.ShouldHaveSingleItem("the remote vacancy, and nothing on site");
        remote.VacancyId.ShouldBe(region.RemoteWork.Id);
        remote.Parts.Distance.ShouldBe(10, "remote work is at no distance");
        remote.Explanation.DistanceKm.ShouldBeNull();
        matches.ShouldNotContain(m => m.VacancyId == region.Fulfilment.Id, "the same skills on site in Zwolle, but no distance can be measured");
    }

    [Fact]
    public async Task A_vacancy_without_skills_matches_through_experience_in_the_same_isco_group_and_never_through_nothing()
    {
        Match match = (await Region.MatchesOfAsync(region.WarehouseWorker)).Where(m => m.VacancyId == region.WithoutSkills.VacancyId).ShouldHaveSingleItem();
        match.Explanation.OccupationRelation.ShouldBe("same-unit-group", "warehouse worker and order picker are both ISCO 9333");
        match.Parts.ShouldBe(new ScoreParts(Skills: 0, Occupation: 14, Sector: 10, Distance: 10, Hours: 10));
        match.Score.ShouldBe(44);

        (await Region.MatchesOfAsync(region.EmptyProfile)).ShouldNotContain(m => m.VacancyId == region.WithoutSkills.VacancyId);
        (await Region.MatchesOfAsync(region.GraphicDesigner)).ShouldNotContain(m => m.VacancyId == region.WithoutSkills.VacancyId,
            "within reach, hours that touch, open to other sectors: but neither a skill nor experience to go on");
    }

    [Fact]
    public async Task The_same_input_gives_the_same_lists_run_after_run()
    {
        IReadOnlyList<Match> before = await Region.MatchesOfAsync(region.WarehouseWorker);

        await region.Host.RunRecurringJobAsync("matching-nightly");

        IReadOnlyList<Match> after = await Region.MatchesOfAsync(region.WarehouseWorker);
        after.Select(m => (m.VacancyId, m.Score, m.Rank)).ShouldBe(before.Select(m => (m.VacancyId, m.Score, m.Rank)));
    }

    private static async Task<Match> MatchAsync(TestUser jobseeker, Vacancy vacancy)
    {
        IReadOnlyList<Match> matches = await Region.MatchesOfAsync(jobseeker);
        return matches.FirstOrDefault(m => m.VacancyId == vacancy.Id)
            ?? throw new Shouldly.ShouldAssertException($"'{vacancy.Title}' is not in the list: {string.Join(", ", matches.Select(m => $"{m.Title} ({m.Score})"))}");
    }

    /// <summary>A small region: vacancies across sectors and the people whose lists the tests read, matched once.</summary>
    public sealed class Region : IAsyncLifetime
    {
        private const string Kampen = "8261 AA";

        /// <summary>The same installation with PDOK on a closed port: a postcode outside the region gets no home point.</summary>
        private LaborHost _withoutPdok = null!;

        public LaborHost Host { get; } = new();

        public Vacancy Fulfilment { get; private set; } = null!;
        public Vacancy SalesTeacher { get; private set; } = null!;
        public Vacancy DronePilot { get; private set; } = null!;
        public Vacancy FarAway { get; private set; } = null!;
        public Vacancy FullTimeOnly { get; private set; } = null!;
        public Vacancy HigherEducation { get; private set; } = null!;
        public Vacancy ExperienceCounts { get; private set; } = null!;
        public Vacancy RemoteWork { get; private set; } = null!;
        public VacancyDetails WithoutSkills { get; private set; } = null!;
        public TestUser WarehouseWorker { get; private set; } = null!;
        public TestUser SalesRepresentative { get; private set; } = null!;
        public TestUser GraphicDesigner { get; private set; } = null!;
        public TestUser EmptyProfile { get; private set; } = null!;
        public TestUser Unplaced { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Host.InitializeAsync();
            ILaborApi employer = (await Host.UserAsync(Roles.Employer)).Api;
            Fulfilment = await PublishAsync(employer, "Medewerker e-fulfilment", Occupations.SupplyChainAssistant, "E-commerce & IT",
                ["urn:labor:skill:order-picking", "urn:labor:skill:pack-orders", "urn:labor:skill:returns-handling", "urn:labor:skill:e-fulfilment"],
                ["urn:labor:skill:use-wms", "urn:labor:skill:scan-barcodes"]);
            SalesTeacher = await PublishAsync(employer, "Docent verkoop en marketing", Occupations.SalesTeacher, "Onderwijs",
                ["urn:labor:skill:teach", "urn:labor:skill:didactics", "urn:labor:skill:lesson-design", "urn:labor:skill:sales-techniques", "urn:labor:skill:marketing-principles"],
                ["urn:labor:skill:online-marketing"]);
            DronePilot = await PublishAsync(employer, "Dronepiloot inspecties", Occupations.DronePilot, "Techniek & Energietransitie",
                ["urn:labor:skill:operate-drone", "urn:labor:skill:drone-regulations", "urn:labor:skill:aerial-photography", "urn:labor:skill:photography", "urn:labor:skill:photo-editing", "urn:labor:skill:video-editing"],
                ["urn:labor:skill:drone-inspection"]);
            FarAway = await PublishAsync(employer, "Orderpicker Hardenberg", Occupations.WarehouseWorker, "Transport & Logistiek",
                ["urn:labor:skill:order-picking", "urn:labor:skill:pack-orders"], [], postcode: "7772 AA", municipality: "Hardenberg");
            FullTimeOnly = await PublishAsync(employer, "Orderpicker fulltime", Occupations.WarehouseWorker, "Transport & Logistiek",
                ["urn:labor:skill:order-picking", "urn:labor:skill:pack-orders"], [], hours: (36, 40));
            HigherEducation = await PublishAsync(employer, "Logistiek planner hbo", Occupations.SupplyChainAssistant, "Transport & Logistiek",
                ["urn:labor:skill:order-picking", "urn:labor:skill:inventory-management"], [], education: "hbo");
            ExperienceCounts = await PublishAsync(employer, "Teamleider magazijn", Occupations.WarehouseWorker, "Transport & Logistiek",
                ["urn:labor:skill:order-picking", "urn:labor:skill:inventory-management"], [], education: "hbo", experienceReplaces: true);
            RemoteWork = await PublishAsync(employer, "Voorraadbeheerder op afstand", Occupations.SupplyChainAssistant, "E-commerce & IT",
                ["urn:labor:skill:inventory-management", "urn:labor:skill:use-wms"], ["urn:labor:skill:data-entry"], remote: true);
            // The API asks for at least one skill, so this one comes on the bus as Vacancies would publish it: the
            // engine must not lean on that rule.
            WithoutSkills = new VacancyDetails(
                Guid.NewGuid(), Guid.NewGuid(), "Orderpicker", Occupations.OrderPicker, [], ["Transport & Logistiek"], "mbo2", false, 16, 24,
                "permanent", "onsite", "Kampen", 52.5553, 5.9120, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30), 1);
            await Host.Services.GetRequiredService<IBus>().Publish(new VacancyPublished(WithoutSkills, DateTimeOffset.UtcNow));

            WarehouseWorker = await JobseekerAsync(new ProfileDraft
            {
                Name = "Magazijn Medewerker", Postcode = Kampen, MaxTravelKm = 25, HoursMin = 16, HoursMax = 24, EducationLevel = "mbo2",
                Experience = [new ExperienceEntry(Occupations.WarehouseWorker, 6)],
                Skills = ["urn:labor:skill:order-picking", "urn:labor:skill:pack-orders", "urn:labor:skill:use-wms", "urn:labor:skill:scan-barcodes", "urn:labor:skill:inventory-management", "urn:labor:skill:load-and-unload"],
                SectorTables = ["Transport & Logistiek"], OpenToOtherSectors = true,
            });
            SalesRepresentative = await JobseekerAsync(new ProfileDraft
            {
                Name = "Verkoop Adviseur", Postcode = "8011 PK", MaxTravelKm = 30, HoursMin = 24, HoursMax = 40, EducationLevel = "hbo",
                Experience = [new ExperienceEntry(Occupations.SalesRepresentative, 8)],
                Skills = ["urn:labor:skill:sell-products", "urn:labor:skill:sales-techniques", "urn:labor:skill:marketing-principles", "urn:labor:skill:account-management", "urn:labor:skill:acquisition"],
                SectorTables = ["E-commerce & IT"], OpenToOtherSectors = true,
            });
            GraphicDesigner = await JobseekerAsync(new ProfileDraft
            {
                Name = "Grafisch Ontwerper", Postcode = "7941 AA", MaxTravelKm = 40, HoursMin = 24, HoursMax = 40, EducationLevel = "mbo4",
                Experience = [new ExperienceEntry(Occupations.GraphicDesigner, 10)],
                Skills = ["urn:labor:skill:visual-design", "urn:labor:skill:adobe-creative-cloud", "urn:labor:skill:photo-editing", "urn:labor:skill:video-editing", "urn:labor:skill:photography", "urn:labor:skill:typography-layout"],
                SectorTables = ["Creatieve industrie"], OpenToOtherSectors = true,
            });
            EmptyProfile = await JobseekerAsync(new ProfileDraft { Name = "Nog Leeg", Postcode = Kampen, MaxTravelKm = 25, HoursMin = 16, HoursMax = 40 });

            _withoutPdok = LaborHost.SiblingOf(Host);
            _withoutPdok.Settings["Reference:Pdok:BaseUrl"] = "http://127.0.0.1:9/";
            await _withoutPdok.InitializeAsync();
            Unplaced = await JobseekerAsync(new ProfileDraft
            {
                Name = "Zonder Thuispunt", Postcode = "7411 AA", MaxTravelKm = 25, HoursMin = 16, HoursMax = 32, EducationLevel = "mbo4",
                Experience = [new ExperienceEntry(Occupations.SupplyChainAssistant, 4)],
                Skills = ["urn:labor:skill:order-picking", "urn:labor:skill:pack-orders", "urn:labor:skill:use-wms", "urn:labor:skill:scan-barcodes", "urn:labor:skill:inventory-management"],
                SectorTables = ["E-commerce & IT"], OpenToOtherSectors = true,
            }, _withoutPdok);

            await Eventually.TrueAsync(async () => await Host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies") == 9
                                                   && await Host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseekers WHERE profile IS NOT NULL") == 5,
                TimeSpan.FromSeconds(30), "every vacancy and profile in matching's read model");
            await Host.RunRecurringJobAsync("matching-nightly");
        }

        public async Task DisposeAsync()
        {
            await ((IAsyncLifetime)_withoutPdok).DisposeAsync();
            await ((IAsyncLifetime)Host).DisposeAsync();
        }

        public static async Task<IReadOnlyList<Match>> MatchesOfAsync(TestUser jobseeker) => (await jobseeker.Api.MyMatchesAsync()).Content!;

        private async Task<TestUser> JobseekerAsync(ProfileDraft profile, LaborHost? through = null)
        {
            TestUser jobseeker = await (through ?? Host).UserAsync(Roles.Jobseeker);
            (await jobseeker.Api.SaveMyProfileAsync(profile with { DigestFrequency = "weekly" })).IsSuccessStatusCode.ShouldBeTrue();
            return jobseeker;
        }

        private static async Task<Vacancy> PublishAsync(
            ILaborApi employer, string title, string occupation, string sector, string[] essential, string[] optional,
            string postcode = "8011 PK", string municipality = "Zwolle", (int Min, int Max)? hours = null, string education = "mbo2", bool experienceReplaces = false,
            bool remote = false)
        {
            var created = await employer.CreateVacancyAsync(SampleVacancies.Forklift(title, municipality) with
            {
                Description = $"<p>{title}: een vacature voor de matchingscenario's.</p>",
                Occupation = occupation,
                Skills = [.. essential.Select(s => new SkillChoice(s, true)), .. optional.Select(s => new SkillChoice(s, false))],
                SectorTables = [sector],
                MinimumEducation = education,
                ExperienceReplacesEducation = experienceReplaces,
                HoursMin = hours?.Min ?? 16,
                HoursMax = hours?.Max ?? 32,
                Workplace = remote ? new WorkplaceChoice("remote", null, null) : new WorkplaceChoice("onsite", postcode, municipality),
                ConfirmDuplicate = true,
            });
            created.IsSuccessStatusCode.ShouldBeTrue((created.Error as Refit.ApiException)?.Content);
            return created.Content!;
        }
    }

    private static class Occupations
    {
        public const string WarehouseWorker = "http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f";
        public const string OrderPicker = "http://data.europa.eu/esco/occupation/cd94def5-3442-4c2e-ae3d-0761a3008bcb";
        public const string SupplyChainAssistant = "http://data.europa.eu/esco/occupation/c8b296be-54ae-48cf-be21-031fa8457937";
        public const string SalesTeacher = "http://data.europa.eu/esco/occupation/9a6d8a84-a8a9-4c9b-9ead-59a710e93759";
        public const string SalesRepresentative = "http://data.europa.eu/esco/occupation/14031d4a-6e99-442f-b4fe-18262b6432b2";
        public const string GraphicDesigner = "http://data.europa.eu/esco/occupation/69bcbb0a-8d80-4ecd-b0a4-9adea2a40de2";
        public const string DronePilot = "http://data.europa.eu/esco/occupation/27a88c48-1d09-4a8c-a82a-a61ea16476d9";
    }
}
