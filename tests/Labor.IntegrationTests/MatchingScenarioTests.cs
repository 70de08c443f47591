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
/// ESCO's occupations and skills, as people choose them in search (ADR 12).
/// </summary>
public sealed class MatchingScenarioTests(MatchingScenarioTests.Region region) : IClassFixture<MatchingScenarioTests.Region>
{
    [Fact]
    public async Task A_warehouse_worker_finds_e_commerce_fulfilment_with_the_skills_that_carry_over_and_training_for_the_gap()
    {
        Match match = await MatchAsync(region.WarehouseWorker, region.Fulfilment);
        match.Rank.ShouldBeLessThanOrEqualTo(10);
        match.Explanation.Intersectoral.ShouldBeTrue("from Transport & Logistiek into E-commerce & IT");
        match.Explanation.CarriedOverSkills.Select(s => s.Uri).ShouldContain(Skills.OrderPicking);
        match.Explanation.MissingEssentialSkills.Select(s => s.Uri).ShouldContain(Skills.EFulfilment);
        match.Explanation.Training.ShouldContain(t => t.Teaches.Any(s => s.Uri == Skills.EFulfilment));
        match.Explanation.DistanceKm!.Value.ShouldBeInRange(5, 25, "Kampen to Zwolle");
        (match.Parts.Skills + match.Parts.Occupation + match.Parts.Sector + match.Parts.Distance + match.Parts.Hours).ShouldBe(match.Score);
    }

    [Fact]
    public async Task A_shop_assistant_finds_webshop_customer_service_as_a_move_out_of_retail_with_training_for_the_gap()
    {
        Match match = await MatchAsync(region.ShopAssistant, region.WebshopService);
        match.Rank.ShouldBeLessThanOrEqualTo(10);
        match.Explanation.Intersectoral.ShouldBeTrue("from retail, outside every sector table, into E-commerce & IT");
        match.Explanation.CarriedOverSkills.Select(s => s.Uri).ShouldBe([Skills.ProcessRefunds, Skills.CustomerFollowUp, Skills.CommunicationChannels], ignoreOrder: true);
        match.Explanation.MissingEssentialSkills.Select(s => s.Uri).ShouldBe([Skills.EFulfilment]);
        match.Explanation.Training.ShouldContain(t => t.Teaches.Any(s => s.Uri == Skills.EFulfilment));
    }

    [Fact]
    public async Task A_sales_representative_finds_teaching_sales_and_marketing()
    {
        Match match = await MatchAsync(region.SalesRepresentative, region.SalesTeacher);
        match.Rank.ShouldBeLessThanOrEqualTo(10);
        match.Explanation.Intersectoral.ShouldBeTrue();
        match.Explanation.MatchedSkills.Select(s => s.Uri).ShouldContain(Skills.SalesTechniques);
        match.Explanation.MissingEssentialSkills.Select(s => s.Uri).ShouldContain(Skills.Didactics);
    }

    [Fact]
    public async Task A_graphic_designer_finds_drone_work()
    {
        Match match = await MatchAsync(region.GraphicDesigner, region.DronePilot);
        match.Rank.ShouldBeLessThanOrEqualTo(10);
        match.Explanation.Intersectoral.ShouldBeTrue();
        match.Explanation.CarriedOverSkills.Select(s => s.Uri).ShouldContain(Skills.PhotoEditing);
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

        await region.Host.RunNightlyMatchingAsync();

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
        public Vacancy WebshopService { get; private set; } = null!;
        public VacancyDetails WithoutSkills { get; private set; } = null!;
        public TestUser WarehouseWorker { get; private set; } = null!;
        public TestUser SalesRepresentative { get; private set; } = null!;
        public TestUser GraphicDesigner { get; private set; } = null!;
        public TestUser EmptyProfile { get; private set; } = null!;
        public TestUser Unplaced { get; private set; } = null!;
        public TestUser ShopAssistant { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Host.InitializeAsync();
            ILaborApi employer = (await Host.UserAsync(Roles.Employer)).Api;
            Fulfilment = await PublishAsync(employer, "Medewerker e-fulfilment", Occupations.SupplyChainAssistant, "E-commerce & IT",
                [Skills.OrderPicking, Skills.PackOrders, Skills.ReturnsHandling, Skills.EFulfilment],
                [Skills.UseWms, Skills.ScanBarcodes]);
            SalesTeacher = await PublishAsync(employer, "Docent verkoop en marketing", Occupations.SalesTeacher, "Onderwijs",
                [Skills.Teach, Skills.Didactics, Skills.LessonDesign, Skills.SalesTechniques, Skills.MarketingPrinciples],
                [Skills.OnlineMarketing]);
            DronePilot = await PublishAsync(employer, "Dronepiloot inspecties", Occupations.DronePilot, "Techniek & Energietransitie",
                [Skills.OperateDrone, Skills.DroneRegulations, "urn:labor:skill:aerial-photography", Skills.Photography, Skills.PhotoEditing, Skills.VideoEditing],
                [Skills.DroneInspection]);
            FarAway = await PublishAsync(employer, "Orderpicker Hardenberg", Occupations.WarehouseWorker, "Transport & Logistiek",
                [Skills.OrderPicking, Skills.PackOrders], [], postcode: "7772 AA", municipality: "Hardenberg");
            FullTimeOnly = await PublishAsync(employer, "Orderpicker fulltime", Occupations.WarehouseWorker, "Transport & Logistiek",
                [Skills.OrderPicking, Skills.PackOrders], [], hours: (36, 40));
            HigherEducation = await PublishAsync(employer, "Logistiek planner hbo", Occupations.SupplyChainAssistant, "Transport & Logistiek",
                [Skills.OrderPicking, Skills.InventoryManagement], [], education: "hbo");
            ExperienceCounts = await PublishAsync(employer, "Teamleider magazijn", Occupations.WarehouseWorker, "Transport & Logistiek",
                [Skills.OrderPicking, Skills.InventoryManagement], [], education: "hbo", experienceReplaces: true);
            RemoteWork = await PublishAsync(employer, "Voorraadbeheerder op afstand", Occupations.SupplyChainAssistant, "E-commerce & IT",
                [Skills.InventoryManagement, Skills.UseWms], [Skills.DataEntry], remote: true);
            WebshopService = await PublishAsync(employer, "Medewerker klantenservice webwinkel", Occupations.CustomerServiceRepresentative, "E-commerce & IT",
                [Skills.ProcessRefunds, Skills.CustomerFollowUp, Skills.CommunicationChannels, Skills.EFulfilment], [Skills.ReturnsHandling]);
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
                Skills = [Skills.OrderPicking, Skills.PackOrders, Skills.UseWms, Skills.ScanBarcodes, Skills.InventoryManagement, Skills.LoadAndUnload],
                SectorTables = ["Transport & Logistiek"], OpenToOtherSectors = true,
            });
            SalesRepresentative = await JobseekerAsync(new ProfileDraft
            {
                Name = "Verkoop Adviseur", Postcode = "8011 PK", MaxTravelKm = 30, HoursMin = 24, HoursMax = 40, EducationLevel = "hbo",
                Experience = [new ExperienceEntry(Occupations.SalesRepresentative, 8)],
                Skills = [Skills.SellProducts, Skills.SalesTechniques, Skills.MarketingPrinciples, Skills.CustomerRelationships, Skills.Acquisition],
                SectorTables = ["E-commerce & IT"], OpenToOtherSectors = true,
            });
            GraphicDesigner = await JobseekerAsync(new ProfileDraft
            {
                Name = "Grafisch Ontwerper", Postcode = "7941 AA", MaxTravelKm = 40, HoursMin = 24, HoursMax = 40, EducationLevel = "mbo4",
                Experience = [new ExperienceEntry(Occupations.GraphicDesigner, 10)],
                Skills = [Skills.VisualDesign, Skills.AdobeCreativeCloud, Skills.PhotoEditing, Skills.VideoEditing, Skills.Photography, Skills.TypographyLayout],
                SectorTables = ["Creatieve industrie"], OpenToOtherSectors = true,
            });
            ShopAssistant = await JobseekerAsync(new ProfileDraft
            {
                Name = "Winkel Medewerker", Postcode = "8011 PK", MaxTravelKm = 15, HoursMin = 16, HoursMax = 32, EducationLevel = "mbo2",
                Experience = [new ExperienceEntry(Occupations.ShopAssistant, 5)],
                Skills = [Skills.ProcessRefunds, Skills.CustomerFollowUp, Skills.CommunicationChannels, Skills.OperateCashRegister, Skills.StockShelves, Skills.CustomerRelationships],
                SectorTables = ["E-commerce & IT"], OpenToOtherSectors = true,
            });
            EmptyProfile = await JobseekerAsync(new ProfileDraft { Name = "Nog Leeg", Postcode = Kampen, MaxTravelKm = 25, HoursMin = 16, HoursMax = 40 });

            _withoutPdok = LaborHost.SiblingOf(Host);
            _withoutPdok.Settings["Reference:Pdok:BaseUrl"] = "http://127.0.0.1:9/";
            await _withoutPdok.InitializeAsync();
            Unplaced = await JobseekerAsync(new ProfileDraft
            {
                Name = "Zonder Thuispunt", Postcode = "7411 AA", MaxTravelKm = 25, HoursMin = 16, HoursMax = 32, EducationLevel = "mbo4",
                Experience = [new ExperienceEntry(Occupations.SupplyChainAssistant, 4)],
                Skills = [Skills.OrderPicking, Skills.PackOrders, Skills.UseWms, Skills.ScanBarcodes, Skills.InventoryManagement],
                SectorTables = ["E-commerce & IT"], OpenToOtherSectors = true,
            }, _withoutPdok);

            await Eventually.TrueAsync(async () => await Host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies") == 10
                                                   && await Host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseekers WHERE profile IS NOT NULL") == 6,
                TimeSpan.FromSeconds(30), "every vacancy and profile in matching's read model");
            await Host.RunNightlyMatchingAsync();
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

    /// <summary>The ESCO skills of the scenarios; aerial photography, which ESCO lacks, stays regional (ADR 12).</summary>
    private static class Skills
    {
        public const string ProcessRefunds = "http://data.europa.eu/esco/skill/a6d697d1-80ba-4175-82d4-43440ed04270";
        public const string CustomerFollowUp = "http://data.europa.eu/esco/skill/debb8d81-ed7f-447d-853a-5d107fda6fcf";
        public const string CommunicationChannels = "http://data.europa.eu/esco/skill/415abd43-e8e5-4643-b5da-5f11307af57a";
        public const string OperateCashRegister = "http://data.europa.eu/esco/skill/0cb013af-6dd9-4fb2-b34e-63dda1a5cf82";
        public const string StockShelves = "http://data.europa.eu/esco/skill/7e9daad3-8604-4839-af9b-dc6f8db3ef68";
        public const string CustomerRelationships = "http://data.europa.eu/esco/skill/2239694b-771a-4586-8b54-2794e361a9ae";
        public const string Acquisition = "http://data.europa.eu/esco/skill/6d97bf55-6fb6-4795-8282-3ef915ae0bb8";
        public const string AdobeCreativeCloud = "http://data.europa.eu/esco/skill/1bc718b6-ed90-4a9d-9fa7-8cec928a4581";
        public const string DataEntry = "http://data.europa.eu/esco/skill/f2d57f41-43b4-4f5b-8100-3df5c21eda50";
        public const string Didactics = "http://data.europa.eu/esco/skill/a117f32c-662b-4dd9-b739-1230dd04cb60";
        public const string DroneInspection = "http://data.europa.eu/esco/skill/254d5358-8e20-450c-9fed-28ceff0479ef";
        public const string DroneRegulations = "http://data.europa.eu/esco/skill/bebb3e1a-1c39-474a-b452-57e51c1b09fd";
        public const string EFulfilment = "http://data.europa.eu/esco/skill/d5fa1ed6-6cd8-41b9-8e78-2ba168ff3457";
        public const string InventoryManagement = "http://data.europa.eu/esco/skill/ab6265f2-a9bf-49e8-a9a5-67cbab4de38b";
        public const string LessonDesign = "http://data.europa.eu/esco/skill/20f57a7f-b90e-4403-8c77-5ddd89b5835b";
        public const string LoadAndUnload = "http://data.europa.eu/esco/skill/c80b2f08-ab07-4632-be78-68c6ec1f3b41";
        public const string MarketingPrinciples = "http://data.europa.eu/esco/skill/de03f4fd-c147-4477-a048-7109e5ba2d6f";
        public const string OnlineMarketing = "http://data.europa.eu/esco/skill/43dfbe7f-9e10-4871-b171-e5076737b4cf";
        public const string OperateDrone = "http://data.europa.eu/esco/skill/a521903b-aa32-4954-9790-961b0df1261f";
        public const string OrderPicking = "http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f";
        public const string PackOrders = "http://data.europa.eu/esco/skill/667cbbaf-f377-46d8-8f2d-1f6d8a55d74a";
        public const string PhotoEditing = "http://data.europa.eu/esco/skill/df11ab22-3c40-4dc8-ab0c-e9f41e62449e";
        public const string Photography = "http://data.europa.eu/esco/skill/441da17f-5560-43d3-920e-2865931c96d2";
        public const string ReturnsHandling = "http://data.europa.eu/esco/skill/bb127774-3166-4541-ad4c-cc3070fd93c5";
        public const string SalesTechniques = "http://data.europa.eu/esco/skill/0c0488b3-fca5-4deb-865b-8dc605c3d909";
        public const string ScanBarcodes = "http://data.europa.eu/esco/skill/fd79b3c4-e264-41b5-bada-49ba5f317588";
        public const string SellProducts = "http://data.europa.eu/esco/skill/29a50780-f81b-429c-b410-7f23a492e19d";
        public const string Teach = "http://data.europa.eu/esco/skill/59eb177a-2f30-4943-8b30-5f87dd51a80d";
        public const string TypographyLayout = "http://data.europa.eu/esco/skill/4b244020-5f28-4e20-b74f-1c2dcb6f15cb";
        public const string UseWms = "http://data.europa.eu/esco/skill/7c821387-b428-4f75-b5a7-7b038aa81cfd";
        public const string VideoEditing = "http://data.europa.eu/esco/skill/5ce80f97-b385-4a41-9339-a6593d0709c1";
        public const string VisualDesign = "http://data.europa.eu/esco/skill/f058bf62-70d1-4f5e-be2a-8b26fac24a96";
    }

    private static class Occupations
    {
        public const string ShopAssistant = "http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2";
        public const string CustomerServiceRepresentative = "http://data.europa.eu/esco/occupation/13d1b2b4-99dd-44da-9734-c9f74bae18f7";
        public const string WarehouseWorker = "http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f";
        public const string OrderPicker = "http://data.europa.eu/esco/occupation/cd94def5-3442-4c2e-ae3d-0761a3008bcb";
        public const string SupplyChainAssistant = "http://data.europa.eu/esco/occupation/c8b296be-54ae-48cf-be21-031fa8457937";
        public const string SalesTeacher = "http://data.europa.eu/esco/occupation/9a6d8a84-a8a9-4c9b-9ead-59a710e93759";
        public const string SalesRepresentative = "http://data.europa.eu/esco/occupation/14031d4a-6e99-442f-b4fe-18262b6432b2";
        public const string GraphicDesigner = "http://data.europa.eu/esco/occupation/69bcbb0a-8d80-4ecd-b0a4-9adea2a40de2";
        public const string DronePilot = "http://data.europa.eu/esco/occupation/27a88c48-1d09-4a8c-a82a-a61ea16476d9";
    }
}
