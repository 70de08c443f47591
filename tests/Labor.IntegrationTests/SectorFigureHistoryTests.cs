using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>
/// The live figures written down each evening: a table sees them per month, and an action that follows one draws its
/// line from them. Its own host, because it moves the clock a month on.
/// </summary>
public sealed class SectorFigureHistoryTests(LaborHost host) : IClassFixture<LaborHost>
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
    }

    private static Task<SectorTableDetails> OpenVacanciesAsync(TestUser lead, Guid table, int count) =>
        Eventually.ReturnsAsync(async () => (await lead.Api.SectorTableAsync(table)).Content!,
            details => details.Figures["open-vacancies"] == count, TimeSpan.FromSeconds(30), $"{count} open vacancies counted");
}
