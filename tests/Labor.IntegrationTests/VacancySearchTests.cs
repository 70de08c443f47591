using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>
/// The vacancy bank's search: Dutch full text, each filter, paging and sorting, only open vacancies, and the public
/// search page. Every test tags its vacancies with a made-up word and searches for it, so tests never see each other's.
/// </summary>
public sealed class VacancySearchTests(LaborHost host) : IClassFixture<LaborHost>
{
    private const string Nurse = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
    private const string WoundCare = "http://data.europa.eu/esco/skill/1c6736c2-77de-419c-9b84-8932e15abc21";
    private const string Medication = "urn:labor:skill:medication"; // the regional skill ESCO's "administer prescribed medication" replaced

    [Fact]
    public async Task Dutch_words_are_found_in_other_forms_in_titles_and_descriptions()
    {
        string tag = Word();
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy drivers = await PublishAsync(employer, Draft($"Chauffeurs gezocht {tag}", "Je rijdt een vaste route langs onze klanten."));
        Vacancy packers = await PublishAsync(employer, Draft($"Inpakker {tag}", "Je werkt in de expeditie en pakt bestellingen voor webwinkels in."));

        (await SearchAsync(new VacancyQuery { Q = $"chauffeur {tag}" })).ShouldBe([drivers.Id], "the plural title found by the singular");
        (await SearchAsync(new VacancyQuery { Q = $"bestelling {tag}" })).ShouldBe([packers.Id], "a description word, in another form");
        (await SearchAsync(new VacancyQuery { Q = $"webwinkel {tag}" })).ShouldBe([packers.Id]);
        (await SearchAsync(new VacancyQuery { Q = $"loodgieter {tag}" })).ShouldBeEmpty("every word must match");
        (await SearchAsync(new VacancyQuery { Q = tag })).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_match_in_the_title_ranks_above_matches_only_in_descriptions()
    {
        string tag = Word();
        TestUser employer = await host.UserAsync(Roles.Employer);
        // Created in this order, "newest" and "by id" would each put a description-only match first.
        Vacancy older = await PublishAsync(employer, Draft("Magazijnmedewerker ochtend", $"Wij zoeken een {tag} die vroeg op kan staan."));
        Vacancy inTitle = await PublishAsync(employer, Draft($"Heftruckchauffeur {tag}", "Je rijdt heftruck in een koelcel."));
        Vacancy newer = await PublishAsync(employer, Draft("Orderpicker avond", $"Ben jij een echte {tag}? Dan zoeken we jou voor de avond."));

        (await SearchAsync(new VacancyQuery { Q = tag, Sort = "relevance" }))[0].ShouldBe(inTitle.Id);
        (await SearchAsync(new VacancyQuery { Q = tag }))[0].ShouldBe(inTitle.Id, "relevance is the default with words");
        (await SearchAsync(new VacancyQuery { Q = tag, Sort = "newest" })).ShouldBe([newer.Id, inTitle.Id, older.Id]);
    }

    [Fact]
    public async Task One_word_alone_finds_what_the_general_search_finds_in_the_same_order_with_the_same_total()
    {
        // One word and nothing else is read from the word index (ADR 17); with any filter, every match is ranked. A filter
        // that keeps everything (hours from 1) asks the general way for the same vacancies: both must agree exactly.
        string tag = Word();
        TestUser employer = await host.UserAsync(Roles.Employer);
        (string Title, string Description)[] texts =
        [
            ($"Heftruckchauffeur {tag}", "Je rijdt heftruck in een koelcel."),
            ($"Reachtruckchauffeur {tag}", "Je rijdt reachtruck in de hoogbouw."),
            ($"Orderpicker {tag} {tag}", "Je verzamelt orders in de nacht."),
            ("Orderpicker avond", $"Als {tag} verzamel je orders in de avond."),
            ("Orderpicker ochtend", $"Als {tag} verzamel je orders in de ochtend."),
            ("Magazijnmedewerker", $"Een {tag} die vroeg begint; elke {tag} krijgt een vaste plek."),
            ($"Planner {tag}", $"Een {tag} die de ritten plant."),
            ($"Planner nacht {tag}", $"Een {tag} die de nachtritten plant."),
            ("Chauffeur", $"Je rijdt als {tag}, {tag} en {tag} door de regio."),
            ("Inpakker", "Je pakt bestellingen in; geen enkel woord dat we zoeken."),
        ];
        List<Vacancy> vacancies = [];
        foreach ((string title, string description) in texts)
        {
            vacancies.Add(await PublishAsync(employer, Draft(title, description) with { ConfirmDuplicate = true }));
        }

        // Whatever changes a vacancy changes what the index says of it: closed, edited, published again.
        (await employer.Api.CloseVacancyAsync(vacancies[1].Id, new CloseVacancy("filled"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await employer.Api.EditVacancyAsync(vacancies[4].Id, Draft("Orderpicker ochtend", "Je verzamelt orders in de ochtend.") with { ConfirmDuplicate = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await employer.Api.EditVacancyAsync(vacancies[9].Id, Draft($"Inpakker {tag}", "Je pakt bestellingen in.") with { ConfirmDuplicate = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await employer.Api.CloseVacancyAsync(vacancies[6].Id, new CloseVacancy("withdrawn"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await employer.Api.PublishVacancyAsync(vacancies[6].Id, new PublishOptions(true))).StatusCode.ShouldBe(HttpStatusCode.OK);

        async Task<List<(int Total, List<Guid> Ids)>> PagesAsync(int? hoursMin)
        {
            List<(int, List<Guid>)> pages = [];
            for (int page = 1; page <= 4; page++)
            {
                VacancyPage answer = (await host.Api().SearchVacanciesAsync(new VacancyQuery { Q = tag, HoursMin = hoursMin, Page = page, PageSize = 3 })).Content!;
                pages.Add((answer.Total, [.. answer.Items.Select(v => v.Id)]));
            }

            return pages;
        }

        List<(int Total, List<Guid> Ids)> alone = await PagesAsync(null);
        List<(int Total, List<Guid> Ids)> general = await PagesAsync(1);
        alone.Select(p => p.Total).ShouldAllBe(total => total == 8, "ten published, one closed, one edited without the word");
        alone.SelectMany(p => p.Ids).Count().ShouldBe(8, "each once over the pages");
        alone.SelectMany(p => p.Ids).ShouldBe(general.SelectMany(p => p.Ids), "the same vacancies in the same order, ties by id as well");
        alone.Select(p => p.Total).ShouldBe(general.Select(p => p.Total));
        alone[0].Ids[0].ShouldBe(vacancies[2].Id, "twice in the title ranks first");
        alone.SelectMany(p => p.Ids).ShouldContain(vacancies[9].Id, "the word added by an edit is found");
        alone.SelectMany(p => p.Ids).ShouldNotContain(vacancies[4].Id, "the word removed by an edit is not");

        // And it is the index that answers: a rank changed there by hand moves the vacancy in the one-word search only
        // (a page size not asked before, so that the output cache has no answer yet).
        await host.ScalarAsync<int>(
            "UPDATE vacancies.search_terms SET rank = 100 WHERE vacancy_id = $1 AND lexeme = vacancies.single_word(websearch_to_tsquery('dutch', $2))",
            vacancies[8].Id, tag);
        (await SearchAsync(new VacancyQuery { Q = tag, PageSize = 2 }))[0].ShouldBe(vacancies[8].Id);
        (await SearchAsync(new VacancyQuery { Q = tag, HoursMin = 1, PageSize = 2 }))[0].ShouldBe(vacancies[2].Id);
    }

    [Fact]
    public async Task Sector_and_municipality_filter_exactly()
    {
        string tag = Word();
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy zwolle = await PublishAsync(employer, Draft($"Heftruckchauffeur Zwolle {tag}", "Werken in het distributiecentrum aan de haven."));
        Vacancy kampen = await PublishAsync(employer, Draft($"Bouwplaatsmedewerker Kampen {tag}", "Materiaal verplaatsen op de bouwplaats bij de IJssel.") with
        {
            SectorTables = ["Bouw"],
            Workplace = new WorkplaceChoice("onsite", "8261 AA", "Kampen"),
        });

        (await SearchAsync(new VacancyQuery { Q = tag, Sector = "Bouw" })).ShouldBe([kampen.Id]);
        (await SearchAsync(new VacancyQuery { Q = tag, Sector = "agri & food" })).ShouldBe([zwolle.Id], "the occupation's sectors, named in any case");
        (await SearchAsync(new VacancyQuery { Q = tag, Sector = "Zorg & Welzijn" })).ShouldBeEmpty();
        (await SearchAsync(new VacancyQuery { Q = tag, Municipality = "Kampen" })).ShouldBe([kampen.Id]);
        (await SearchAsync(new VacancyQuery { Q = tag, Municipality = "zwolle" })).ShouldBe([zwolle.Id]);
        (await SearchAsync(new VacancyQuery { Q = tag, Municipality = "Meppel" })).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_radius_from_a_municipality_finds_nearby_and_remote_work_but_not_farther()
    {
        string tag = Word();
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy zwolle = await PublishAsync(employer, Draft($"Heftruckchauffeur Zwolle {tag}", "Werken in het distributiecentrum aan de haven."));
        Vacancy kampen = await PublishAsync(employer, Draft($"Reachtruckchauffeur Kampen {tag}", "Hoogbouwmagazijn met pallets tot tien meter.") with
        {
            Workplace = new WorkplaceChoice("onsite", "8261 AA", "Kampen"),
        });
        Vacancy remote = await PublishAsync(employer, Draft($"Planner transport {tag}", "Je plant ritten vanuit huis voor onze vrachtwagens.") with
        {
            Workplace = new WorkplaceChoice("remote", null, null),
        });
        Vacancy hardenberg = await PublishAsync(employer, Draft($"Heftruckchauffeur Hardenberg {tag}", "Laden en lossen bij een zuivelfabriek.") with
        {
            Workplace = new WorkplaceChoice("onsite", "7772 AA", "Hardenberg"),
        });

        VacancyPage wide = (await host.Api().SearchVacanciesAsync(new VacancyQuery { Q = tag, Municipality = "Zwolle", RadiusKm = 20 })).Content!;
        VacancyPage near = (await host.Api().SearchVacanciesAsync(new VacancyQuery { Q = tag, Municipality = "Zwolle", RadiusKm = 5 })).Content!;

        wide.Items.Select(v => v.Id).ShouldBe([zwolle.Id, kampen.Id, remote.Id], ignoreOrder: true);
        near.Items.Select(v => v.Id).ShouldBe([zwolle.Id, remote.Id], ignoreOrder: true);
        wide.Items.Single(v => v.Id == kampen.Id).DistanceKm!.Value.ShouldBe(12.4, tolerance: 1.5, "Kampen is about 12 km from Zwolle's centre");
        wide.Items.Single(v => v.Id == remote.Id).DistanceKm.ShouldBeNull("remote work is anywhere");
        (await SearchAsync(new VacancyQuery { Q = tag, Municipality = "Zwolle", RadiusKm = 60 })).ShouldContain(hardenberg.Id);
    }

    [Fact]
    public async Task Hours_filter_on_overlap_with_the_hours_wanted()
    {
        string tag = Word();
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy small = await PublishAsync(employer, Draft($"Heftruckchauffeur zaterdag {tag}", "Een bijbaan op zaterdag in de kantine.") with { HoursMin = 8, HoursMax = 16 });
        Vacancy full = await PublishAsync(employer, Draft($"Heftruckchauffeur fulltime {tag}", "Een volledige werkweek in ploegendienst.") with { HoursMin = 32, HoursMax = 40 });

        (await SearchAsync(new VacancyQuery { Q = tag, HoursMin = 20 })).ShouldBe([full.Id]);
        (await SearchAsync(new VacancyQuery { Q = tag, HoursMax = 12 })).ShouldBe([small.Id]);
        (await SearchAsync(new VacancyQuery { Q = tag, HoursMin = 17, HoursMax = 31 })).ShouldBeEmpty("neither range overlaps 17 to 31");
        (await SearchAsync(new VacancyQuery { Q = tag, HoursMin = 16, HoursMax = 32 })).ShouldBe([small.Id, full.Id], ignoreOrder: true, "bounds count");
    }

    [Fact]
    public async Task Education_finds_vacancies_asking_no_more_than_the_searchers_level_or_accepting_experience()
    {
        string tag = Word();
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy hbo = await PublishAsync(employer, Draft($"Teamleider logistiek {tag}", "Je stuurt een team van twintig chauffeurs aan.") with
        {
            MinimumEducation = "hbo", ExperienceReplacesEducation = false,
        });
        Vacancy hboOrExperience = await PublishAsync(employer, Draft($"Planner magazijn {tag}", "Je maakt de roosters en bewaakt de voorraad.") with
        {
            MinimumEducation = "hbo", ExperienceReplacesEducation = true,
        });
        Vacancy mbo2 = await PublishAsync(employer, Draft($"Heftruckchauffeur {tag}", "Je rijdt heftruck in de vrieshal.") with
        {
            MinimumEducation = "mbo2", ExperienceReplacesEducation = false,
        });

        (await SearchAsync(new VacancyQuery { Q = tag, Education = "mbo2" })).ShouldBe([hboOrExperience.Id, mbo2.Id], ignoreOrder: true);
        (await SearchAsync(new VacancyQuery { Q = tag, Education = "none" })).ShouldBe([hboOrExperience.Id]);
        (await SearchAsync(new VacancyQuery { Q = tag, Education = "wo-master" })).ShouldBe([hbo.Id, hboOrExperience.Id, mbo2.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Occupation_and_skill_filter_on_the_concepts_a_vacancy_names()
    {
        string tag = Word();
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy forklift = await PublishAsync(employer, Draft($"Heftruckchauffeur koelhuis {tag}", "Je rijdt heftruck in een koelhuis met diepvriesproducten."));
        Vacancy nurse = await PublishAsync(employer, Draft($"Verpleegkundige thuiszorg {tag}", "Je verzorgt cliënten thuis in de wijk.") with
        {
            Occupation = Nurse,
            Skills = [new(WoundCare, true), new(Medication, false)],
        });

        (await SearchAsync(new VacancyQuery { Q = tag, Occupation = Nurse })).ShouldBe([nurse.Id]);
        (await SearchAsync(new VacancyQuery { Q = tag, Occupation = SampleVacancies.ForkliftOperator })).ShouldBe([forklift.Id]);
        (await SearchAsync(new VacancyQuery { Q = tag, Skill = WoundCare })).ShouldBe([nurse.Id], "an essential skill");
        (await SearchAsync(new VacancyQuery { Q = tag, Skill = Medication })).ShouldBe([nurse.Id], "an optional skill counts too");
        (await SearchAsync(new VacancyQuery { Q = tag, Skill = SampleVacancies.OrderPicking })).ShouldBe([forklift.Id]);
        (await SearchAsync(new VacancyQuery { Q = tag, Occupation = Nurse, Skill = SampleVacancies.OperateForklift })).ShouldBeEmpty();
    }

    [Fact]
    public async Task Pages_split_the_results_without_overlap_in_a_stable_order()
    {
        string tag = Word();
        TestUser employer = await host.UserAsync(Roles.Employer);
        List<Guid> created = [];
        foreach (string place in new[] { "Dalfsen", "Hattem", "Heerde", "Ommen", "Staphorst" })
        {
            created.Add((await PublishAsync(employer, Draft($"Heftruckchauffeur {place} {tag}", $"Ons magazijn in {place} zoekt versterking voor het team."))).Id);
        }

        VacancyPage[] pages = new VacancyPage[4];
        for (int page = 1; page <= 4; page++)
        {
            pages[page - 1] = (await host.Api().SearchVacanciesAsync(new VacancyQuery { Q = tag, Sort = "newest", Page = page, PageSize = 2 })).Content!;
        }

        pages.Select(p => p.Total).ShouldAllBe(total => total == 5);
        pages.Select(p => (p.Page, p.PageSize)).ShouldBe([(1, 2), (2, 2), (3, 2), (4, 2)]);
        pages.Select(p => p.Items.Count).ShouldBe([2, 2, 1, 0]);
        pages.SelectMany(p => p.Items).Select(v => v.Id).ShouldBe(Enumerable.Reverse(created), "newest first, each exactly once");
        (await SearchAsync(new VacancyQuery { Q = tag, Sort = "newest", Page = 2, PageSize = 2 })).ShouldBe(pages[1].Items.Select(v => v.Id), "the same page again");
    }

    [Fact]
    public async Task Closing_sorts_by_the_nearest_valid_through_date()
    {
        string tag = Word();
        TestUser employer = await host.UserAsync(Roles.Employer);
        DateOnly today = DateOnly.FromDateTime(DateTime.UtcNow);
        Vacancy month = await PublishAsync(employer, Draft($"Heftruckchauffeur maand {tag}", "Een maand de tijd om te solliciteren.") with { ValidThrough = today.AddDays(30) });
        Vacancy week = await PublishAsync(employer, Draft($"Heftruckchauffeur week {tag}", "Snel reageren, deze sluit binnen een week.") with { ValidThrough = today.AddDays(7) });
        Vacancy quarter = await PublishAsync(employer, Draft($"Heftruckchauffeur kwartaal {tag}", "Doorlopende werving voor het komende seizoen.") with { ValidThrough = today.AddDays(90) });

        (await SearchAsync(new VacancyQuery { Q = tag, Sort = "closing" })).ShouldBe([week.Id, month.Id, quarter.Id]);
        (await SearchAsync(new VacancyQuery { Q = tag, Sort = "newest" })).ShouldBe([quarter.Id, week.Id, month.Id]);
    }

    [Fact]
    public async Task Drafts_and_closed_vacancies_never_appear()
    {
        string tag = Word();
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy open = await PublishAsync(employer, Draft($"Heftruckchauffeur open {tag}", "Deze vacature staat gewoon open."));
        Vacancy draft = (await employer.Api.CreateVacancyAsync(Draft($"Heftruckchauffeur concept {tag}", "Hier wordt nog aan geschreven.") with { Draft = true })).Content!;
        Vacancy closed = await PublishAsync(employer, Draft($"Heftruckchauffeur vervuld {tag}", "Deze plek is inmiddels vergeven."));
        (await employer.Api.CloseVacancyAsync(closed.Id, new CloseVacancy("filled"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        VacancyPage page = (await employer.Api.SearchVacanciesAsync(new VacancyQuery { Q = tag })).Content!;

        page.Items.Select(v => v.Id).ShouldBe([open.Id], $"not the draft {draft.Id} nor the closed {closed.Id}, not even for their own employer");
        page.Total.ShouldBe(1);
    }

    [Theory]
    [InlineData("sector=Horeca", "sector")]
    [InlineData("municipality=Amsterdam", "municipality")]
    [InlineData("radiusKm=5", "municipality")]
    [InlineData("municipality=Zwolle&radiusKm=0", "radiusKm")]
    [InlineData("municipality=Zwolle&radiusKm=201", "radiusKm")]
    [InlineData("hoursMin=30&hoursMax=20", "hoursMin")]
    [InlineData("hoursMin=0", "hoursMin")]
    [InlineData("hoursMax=61", "hoursMax")]
    [InlineData("education=phd", "education")]
    [InlineData("sort=random", "sort")]
    [InlineData("page=0", "page")]
    [InlineData("page=10001", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=51", "pageSize")]
    public async Task A_bad_query_parameter_is_a_400_naming_it(string query, string field)
    {
        using HttpClient http = host.CreateHttpClient();

        using HttpResponseMessage response = await http.GetAsync(new Uri($"/api/vacancies?{query}", UriKind.Relative));

        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using JsonDocument problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field);
    }

    [Theory]
    [InlineData("radiusKm=abc&municipality=Zwolle")]
    [InlineData("page=1.5")]
    [InlineData("hoursMin=99999999999")]
    public async Task An_unreadable_number_is_a_400_not_a_500(string query)
    {
        using HttpClient http = host.CreateHttpClient();

        using HttpResponseMessage response = await http.GetAsync(new Uri($"/api/vacancies?{query}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Words_beyond_the_length_limit_are_a_400_naming_q()
    {
        var response = await host.Api().SearchVacanciesAsync(new VacancyQuery { Q = new string('a', 201) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((Refit.ApiException)response.Error!).Content!.ShouldContain("\"q\"");
    }

    [Fact]
    public async Task The_public_search_page_finds_a_vacancy_and_links_to_its_page()
    {
        string tag = Word();
        Vacancy vacancy = await PublishAsync(await host.UserAsync(Roles.Employer), Draft($"Heftruckchauffeur {tag}", "Je rijdt heftruck op een groot overslagterrein."));
        using HttpClient http = host.CreateHttpClient();

        using HttpResponseMessage response = await http.GetAsync(new Uri($"/vacatures?q={tag}&municipality=Zwolle", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var rows = document.QuerySelectorAll("table.list tbody tr");
        rows.Length.ShouldBe(1);
        var link = rows[0].QuerySelector("a")!;
        link.GetAttribute("href").ShouldBe($"/vacatures/{vacancy.Id}");
        link.TextContent.ShouldBe($"Heftruckchauffeur {tag}");
        document.QuerySelector("input[name=q]")!.GetAttribute("value").ShouldBe(tag, "the form keeps the words");
    }

    [Fact]
    public async Task The_public_search_page_links_its_pages_keeping_the_search()
    {
        string tag = Word();
        TestUser employer = await host.UserAsync(Roles.Employer);
        for (int i = 0; i < VacancySearchPageSize + 1; i++)
        {
            await PublishAsync(employer, Draft($"Heftruckchauffeur {i} {tag}", "Je rijdt heftruck op een groot overslagterrein.") with { ConfirmDuplicate = true });
        }

        using HttpClient http = host.CreateHttpClient();
        var first = new HtmlParser().ParseDocument(await http.GetStringAsync(new Uri($"/vacatures?q={tag}&municipality=Zwolle&hours=32", UriKind.Relative)));

        string[] links = [.. first.QuerySelectorAll("nav.pages a").Select(a => a.GetAttribute("href")!)];
        links.ShouldBe([$"/vacatures?q={tag}&municipality=Zwolle&hours=32&page=1", $"/vacatures?q={tag}&municipality=Zwolle&hours=32&page=2"]);
        first.QuerySelector("nav.pages a[aria-current=page]")!.TextContent.ShouldBe("1");
        first.QuerySelectorAll("select[name=municipality] option[selected]").Select(o => o.GetAttribute("value")).ShouldBe(["Zwolle"], "the form keeps the choice");
        first.QuerySelectorAll("select[name=sector] option[selected]").ShouldBeEmpty();
        var second = new HtmlParser().ParseDocument(await http.GetStringAsync(new Uri(links[1], UriKind.Relative)));
        second.QuerySelectorAll("table.list tbody tr").Length.ShouldBe(1, "the one beyond the first page");
        second.QuerySelector("nav.pages a[aria-current=page]")!.TextContent.ShouldBe("2");
    }

    [Theory]
    [InlineData("radiusKm=99999&municipality=Zwolle")]
    [InlineData("radiusKm=5")]
    [InlineData("radiusKm=veel&hours=-3&page=0&sector=Horeca")]
    public async Task The_public_search_page_ignores_hand_edited_parameters_out_of_range(string query)
    {
        using HttpClient http = host.CreateHttpClient();

        using HttpResponseMessage response = await http.GetAsync(new Uri($"/vacatures?{query}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("#result-count").ShouldNotBeNull();
    }

    [Fact]
    public async Task Anonymous_searches_are_answered_from_the_cache_and_signed_in_ones_never()
    {
        string tag = Word();
        TestUser employer = await host.UserAsync(Roles.Employer);
        await PublishAsync(employer, Draft($"Orderpicker {tag}", "Je verzamelt orders in ons magazijn."));
        using HttpClient anonymous = host.CreateHttpClient();

        foreach (var path in new[] { new Uri($"/api/vacancies?q={tag}", UriKind.Relative), new Uri($"/vacatures?q={tag}", UriKind.Relative) })
        {
            using HttpResponseMessage first = await anonymous.GetAsync(path);
            using HttpResponseMessage again = await anonymous.GetAsync(path);
            using HttpResponseMessage signedIn = await employer.Http.GetAsync(path);

            first.Headers.Age.ShouldBeNull($"{path}: the first asks the database");
            again.Headers.Age.ShouldNotBeNull($"{path}: the same words again come from the cache");
            (await again.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
            signedIn.Headers.Age.ShouldBeNull($"{path}: a signed-in request is never served from the cache");
        }
    }

    /// <summary>The public search page's fixed page size.</summary>
    private const int VacancySearchPageSize = 20;

    /// <summary>A made-up word that no other vacancy contains.</summary>
    private static string Word() => "zq" + string.Concat(Guid.NewGuid().ToByteArray().Take(10).Select(b => (char)('a' + (b % 26))));

    private static VacancyDraft Draft(string title, string description) =>
        SampleVacancies.Forklift(title) with { Description = $"<p>{description}</p>" };

    private static async Task<Vacancy> PublishAsync(TestUser employer, VacancyDraft draft)
    {
        var response = await employer.Api.CreateVacancyAsync(draft);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, (response.Error as Refit.ApiException)?.Content);
        return response.Content!;
    }

    private async Task<List<Guid>> SearchAsync(VacancyQuery query)
    {
        var response = await host.Api().SearchVacanciesAsync(query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, (response.Error as Refit.ApiException)?.Content);
        return [.. response.Content!.Items.Select(v => v.Id)];
    }
}
