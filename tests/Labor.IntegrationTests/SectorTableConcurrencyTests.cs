using System.Net;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Matching.Contracts;
using Labor.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Labor.IntegrationTests;

/// <summary>
/// Several people, or several events, changing one sector table at once: each change is checked against what the one
/// before it committed, and nobody overwrites a colleague's change unseen.
/// </summary>
public sealed class SectorTableConcurrencyTests(LaborHost host) : IClassFixture<LaborHost>
{
    [Fact]
    public async Task Leads_pressing_the_same_plan_step_at_once_make_one_step()
    {
        (Guid table, TestUser[] leads) = await FreshTableAsync(leads: 3);

        IApiResponse[] answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => leads[i % 3].Api.MovePlanAsync(table, new PlanMove("ter-accordering", null))));

        answers.Count(a => a.StatusCode == HttpStatusCode.NoContent).ShouldBe(1, "the others see the plan already sent for approval");
        answers.Where(a => a.StatusCode != HttpStatusCode.NoContent).ShouldAllBe(a => a.StatusCode == HttpStatusCode.BadRequest);
        SectorTableDetails details = (await leads[0].Api.SectorTableAsync(table)).Content!;
        details.PlanHistory.Select(step => (step.From, step.To)).ShouldBe([("concept", "ter-accordering")]);
    }

    [Fact]
    public async Task An_action_edited_on_a_version_a_colleague_has_changed_since_is_refused_and_nothing_is_stored()
    {
        (Guid table, TestUser[] leads) = await FreshTableAsync(leads: 2);
        SectorAction added = (await leads[0].Api.AddActionAsync(table, SampleActions.Rising("Omscholing naar de bouw", 10, 50))).Content!;
        added.Action.Version.ShouldBe(1);

        SectorAction theirs = (await leads[1].Api.EditActionAsync(table, added.Id, added.Action with { Target = 60 })).Content!;
        theirs.Action.Version.ShouldBe(2);
        IApiResponse<SectorAction> mine = await leads[0].Api.EditActionAsync(table, added.Id, added.Action with { Title = "Omscholing naar installatietechniek" });

        mine.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ((ApiException)mine.Error!).Content!.ShouldContain("Someone changed this action");
        SectorAction stored = (await leads[0].Api.SectorTableAsync(table)).Content!.Actions.Single();
        stored.Action.ShouldBeEquivalentTo(theirs.Action, "the colleague's change stands, nothing of the stale edit");
        stored.Changes.Count.ShouldBe(2);

        (await leads[0].Api.EditActionAsync(table, added.Id, stored.Action with { Title = "Omscholing naar installatietechniek" })).Content!.Action
            .ShouldBeEquivalentTo(stored.Action with { Title = "Omscholing naar installatietechniek", Version = 3 }, "made on the current version, the edit is kept");
        (await leads[1].Api.EditActionAsync(table, added.Id, SampleActions.Rising("Zonder versie", 10, 50))).StatusCode
            .ShouldBe(HttpStatusCode.OK, "an edit that names no version simply wins");
    }

    [Fact]
    public async Task The_editor_shows_a_colleagues_change_made_meanwhile_with_the_leads_changes_merged_onto_it()
    {
        (Guid table, TestUser[] leads) = await FreshTableAsync(leads: 2);
        SectorAction added = (await leads[0].Api.AddActionAsync(table, SampleActions.Rising("Stages in de zorg", 5, 20))).Content!;
        HttpClient page = await host.CookieClientAsync(leads[0].Email, leads[0].Password);
        string editor = $"/sectortafels/{table}/actie/{added.Id}";
        Dictionary<string, string> form = EditorForm(await page.GetStringAsync(new Uri(editor, UriKind.Relative)));
        form["Form.Version"].ShouldBe("1");

        (await leads[1].Api.EditActionAsync(table, added.Id, added.Action with { Target = 30, Unit = "deelnemers" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        form["Form.Title"] = "Stages en leerbanen in de zorg";
        form["Form.Target"] = "40";
        form["Form.Partners"] = "Deltion College\r\nFNV"; // as a browser sends a textarea: unchanged, though its line ends differ
        using HttpResponseMessage stale = await LaborHost.PostFormAsync(page, editor, new(form));

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await leads[0].Api.SectorTableAsync(table)).Content!.Actions.Single().Action.Title.ShouldBe("Stages in de zorg", "nothing stored");
        string shown = await stale.Content.ReadAsStringAsync();
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(shown);
        document.QuerySelector("#changed-meanwhile")!.TextContent.ShouldContain(leads[1].Email);
        document.QuerySelector("#both-changed")!.TextContent.ShouldContain("Doel");
        document.QuerySelector("#both-changed")!.TextContent.ShouldNotContain("Partners");
        Dictionary<string, string> merged = EditorForm(shown);
        merged["Form.Title"].ShouldBe("Stages en leerbanen in de zorg", "the lead's change");
        merged["Form.Target"].ShouldBe("40", "both changed it: the lead's value, named above");
        merged["Form.Unit"].ShouldBe("deelnemers", "only the colleague changed it: theirs");
        merged["Form.Version"].ShouldBe("2");

        using HttpResponseMessage saved = await LaborHost.PostFormAsync(page, editor, merged);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ActionDraft stored = (await leads[0].Api.SectorTableAsync(table)).Content!.Actions.Single().Action;
        (stored.Title, stored.Target, stored.Unit, stored.Version).ShouldBe(("Stages en leerbanen in de zorg", 40m, "deelnemers", 3));
    }

    [Fact]
    public async Task Digest_runs_reported_side_by_side_all_add_up()
    {
        // A table name of its own, so no other test's mailing touches the counts.
        string sector = "Digest-" + Guid.NewGuid().ToString("N");
        var day = new DateOnly(2001, 1, 1);
        IBus bus = host.Services.GetRequiredService<IBus>();

        Guid[] messages = [.. Enumerable.Range(0, 20).Select(_ => Guid.NewGuid())];

        await Task.WhenAll(messages.Select((message, index) => bus.Publish(
            new DigestSent(Guid.NewGuid(), index % 2 == 0 ? "daily" : "weekly", day, index + 1, 2 * (index + 1), [new SectorDigests(sector, index + 1, 2 * (index + 1))], DateTimeOffset.UtcNow),
            context => context.MessageId = message)));

        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>(
                "SELECT count(*) FROM sectortables.inbox_messages WHERE message_id = ANY($1)", messages) == messages.Length,
            TimeSpan.FromSeconds(30), "the twenty reports handled");
        (await host.ScalarAsync<int>("SELECT digests FROM sectortables.digest_figures WHERE sector_table = $1 AND month = $2", sector, day)).ShouldBe(210, "1 + 2 + … + 20, none lost");
        (await host.ScalarAsync<int>("SELECT fits FROM sectortables.digest_figures WHERE sector_table = $1 AND month = $2", sector, day)).ShouldBe(420);
    }

    private static Dictionary<string, string> EditorForm(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("#action-form [name^='Form.']")
            .ToDictionary(field => field.GetAttribute("name")!, field => field switch
            {
                AngleSharp.Html.Dom.IHtmlSelectElement select => select.Value ?? "",
                AngleSharp.Html.Dom.IHtmlTextAreaElement area => area.Value,
                _ => field.GetAttribute("value") ?? "",
            });

    /// <summary>A table of its own with <paramref name="leads"/> kartrekkers, so no other test's changes meet this one's.</summary>
    private async Task<(Guid Table, TestUser[] Leads)> FreshTableAsync(int leads)
    {
        string name = "Gelijktijdig " + Guid.NewGuid().ToString("N")[..8];
        TestUser admin = await host.UserAsync(Roles.Admin);
        Guid table = (await admin.Api.AddSectorTableAsync(new NewSectorTable(name, null))).Content!.Id;
        List<TestUser> seated = [];
        for (int i = 0; i < leads; i++)
        {
            seated.Add(await host.UserAsync(Roles.SectorLead, sectorTable: name));
        }

        return (table, [.. seated]);
    }
}
