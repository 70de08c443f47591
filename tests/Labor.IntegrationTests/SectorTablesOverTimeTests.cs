using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>
/// The sector tables as days pass: figures written down each evening, invitations that expire. Its own host, because
/// it moves the clock on.
/// </summary>
public sealed class SectorTablesOverTimeTests(LaborHost host) : IClassFixture<LaborHost>
{
    private const string Techniek = "Techniek & Energietransitie";

    [Fact]
    public async Task Each_evening_the_figures_are_written_down_and_a_table_sees_them_per_month()
    {
        TestUser lead = await host.UserAsync(Roles.SectorLead, sectorTable: Techniek);
        TestUser employer = await host.UserAsync(Roles.Employer);
        Guid table = (await lead.Api.SectorTablesAsync()).Content!.Single(t => t.Name == Techniek).Id;
        SectorAction action = (await lead.Api.AddActionAsync(table, new ActionDraft(
            "Vacatures in de energietransitie zichtbaar", "Werkgevers", "Open vacatures", "vacatures", "rise", 0, 10,
            new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31), null, null, "lopend", "open-vacancies"))).Content!;

        await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Monteur laadpalen") with { SectorTables = [Techniek] });
        await OpenVacanciesAsync(lead, table, 1);
        await host.RunRecurringJobAsync("sectortables-figure-snapshots");
        await host.RunRecurringJobAsync("sectortables-figure-snapshots"); // the same day again: replaces, adds no second row
        DateOnly firstDay = DutchTime.Today(host.Clock);
        var firstMonth = new DateOnly(firstDay.Year, firstDay.Month, 1);

        await host.DaysLaterAsync(35, lead, employer);
        await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Installateur warmtepompen") with
        {
            SectorTables = [Techniek], ValidThrough = DutchTime.Today(host.Clock).AddDays(30),
        });
        SectorTableDetails details = await OpenVacanciesAsync(lead, table, 2);

        DateOnly today = DutchTime.Today(host.Clock);
        details.FiguresByMonth[0].Month.ShouldBe(new DateOnly(today.Year, today.Month, 1));
        details.FiguresByMonth[0].Figures["open-vacancies"].ShouldBe(2, "the current month stands as the figures stand now");
        MonthFigures first = details.FiguresByMonth.Single(m => m.Month == firstMonth);
        first.AsOf.ShouldBe(firstDay);
        first.Figures["open-vacancies"].ShouldBe(1);
        details.Actions.Single(a => a.Id == action.Id).Trend.Select(p => (p.Date, p.Value)).ShouldBe([(firstDay, 1m), (today, 2m)]);
        (await host.TablesContainingAsync(firstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ShouldContain("sectortables.figure_snapshots");

        HttpClient page = await host.CookieClientAsync(lead.Email, lead.Password);
        string html = await page.GetStringAsync(new Uri($"/sectortafels/{table}", UriKind.Relative));
        html.ShouldContain($"data-month=\"{firstMonth:yyyy-MM}\"");
        html.ShouldContain("Per maand");
        string csv = await lead.Http.GetStringAsync(new Uri($"/api/sectortables/{table}/figures.csv", UriKind.Relative));
        string[] lines = csv.Split("\r\n");
        lines[0].ShouldBe("month,as_of,open-vacancies,new-vacancies-this-month,interested-jobseekers,matches,intersectoral-into,intersectoral-out-of,digests-this-month,placements-into-this-year,placements-out-of-this-year,intersectoral-placements-this-year");
        lines.ShouldContain(line => line.StartsWith($"{firstMonth:yyyy-MM},{firstDay:yyyy-MM-dd},1,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_seat_of_an_invitation_nobody_took_up_is_freed_when_the_invitation_expires()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        Guid table = (await admin.Api.SectorTablesAsync()).Content!.Single(t => t.Name == "Bouw").Id;
        string forgetful = $"vergeten-{Guid.NewGuid():N}@test.example";
        SeatedPerson seated = (await admin.Api.SeatPersonAsync(table, new PersonDraft(forgetful, "projectleider"))).Content!;
        (await admin.Api.SeatPersonAsync(table, new PersonDraft($"ander-{Guid.NewGuid():N}@test.example", "projectleider")))
            .StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest, "the table has its projectleider");

        await host.DaysLaterAsync(8, admin);
        await host.RunRecurringJobAsync("accounts-unconfirmed");

        SectorTableDetails details = (await admin.Api.SectorTableAsync(table)).Content!;
        details.People.Single().AccountId.ShouldBe(seated.Person.AccountId, "still listed, so the admin sees who never came");
        details.Emails.ContainsKey(seated.Person.AccountId).ShouldBeFalse("the account is gone");
        HttpClient page = await host.CookieClientAsync(admin.Email, admin.Password);
        (await page.GetStringAsync(new Uri($"/sectortafels/{table}", UriKind.Relative))).ShouldContain("(account verwijderd)");

        string next = $"opvolger-{Guid.NewGuid():N}@test.example";
        (await admin.Api.SeatPersonAsync(table, new PersonDraft(next, "projectleider"))).StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        SectorTableDetails after = (await admin.Api.SectorTableAsync(table)).Content!;
        after.People.Select(p => after.Emails[p.AccountId]).ShouldBe([next], "the expired seat was freed for the next person");
    }

    private static Task<SectorTableDetails> OpenVacanciesAsync(TestUser lead, Guid table, int count) =>
        Eventually.ReturnsAsync(async () => (await lead.Api.SectorTableAsync(table)).Content!,
            details => details.Figures["open-vacancies"] == count, TimeSpan.FromSeconds(30), $"{count} open vacancies counted");
}
