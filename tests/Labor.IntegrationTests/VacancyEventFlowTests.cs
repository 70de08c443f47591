using System.Net;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using Labor.Vacancies.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.IntegrationTests;

/// <summary>The vertical slice: an HTTP request, the outbox, the real RabbitMQ, and Matching's read model.</summary>
public sealed class VacancyEventFlowTests(LaborHost host) : IClassFixture<LaborHost>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_published_vacancy_reaches_the_matching_read_model_through_the_broker()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        var response = await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Heftruckchauffeur nachtploeg"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        Vacancy vacancy = response.Content!;
        response.Headers!.Location!.ToString().ShouldBe($"/api/vacancies/{vacancy.Id}");
        await Eventually.TrueAsync(
            async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies WHERE vacancy_id = $1", vacancy.Id) == 1,
            Delivery, "the vacancy in matching's read model");

        (await host.ScalarAsync<string>("SELECT title FROM matching.vacancies WHERE vacancy_id = $1", vacancy.Id)).ShouldBe("Heftruckchauffeur nachtploeg");
        (await host.ScalarAsync<string>("SELECT array_to_string(sector_tables, '|') FROM matching.vacancies WHERE vacancy_id = $1", vacancy.Id)).ShouldBe("Transport & Logistiek|Agri & Food");
        (await host.ScalarAsync<string>("SELECT details->>'occupationUri' FROM matching.vacancies WHERE vacancy_id = $1", vacancy.Id)).ShouldBe(SampleVacancies.ForkliftOperator);
        (await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.outbox_messages WHERE payload->'vacancy'->>'vacancyId' = $1 AND sent_at IS NOT NULL", vacancy.Id.ToString())).ShouldBe(1);
        (await host.ScalarAsync<long>("SELECT count(*) FROM matching.inbox_messages WHERE consumer = 'VacancyPublishedConsumer'")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_api_answers_with_the_vacancy_it_stored_and_its_canonical_names()
    {
        ILaborApi api = (await host.UserAsync(Roles.Employer)).Api;
        var created = await api.CreateVacancyAsync(SampleVacancies.Forklift("  Heftruckchauffeur  ", municipality: "zwolle") with
        {
            SectorTables = ["transport & logistiek"],
            // A regional skill ESCO replaced (ADR 12) is accepted under its old URI and stored as the ESCO skill.
            Skills = [new(SampleVacancies.RegionalOperateForklift, true), new(SampleVacancies.LoadAndUnload, true)],
            Description = "<p onclick=\"steal()\">Goed <b>werk</b></p><script>alert(1)</script><a href=\"javascript:alert(2)\">klik</a>",
        });

        var fetched = await api.GetVacancyAsync(created.Content!.Id);

        fetched.StatusCode.ShouldBe(HttpStatusCode.OK);
        fetched.Content.ShouldBeEquivalentTo(created.Content);
        fetched.Content!.Title.ShouldBe("Heftruckchauffeur");
        fetched.Content.SectorTables.ShouldBe(["Transport & Logistiek"]);
        fetched.Content.Workplace.Municipality.ShouldBe("Zwolle");
        fetched.Content.Workplace.Postcode.ShouldBe("8011 PK");
        fetched.Content.Workplace.Latitude!.Value.ShouldBe(52.5127, tolerance: 0.001, "geocoded through the (local) PDOK");
        fetched.Content.DescriptionHtml.ShouldBe("<p>Goed <b>werk</b></p><a rel=\"nofollow noopener noreferrer\">klik</a>");
        fetched.Content.Skills.ShouldContain(s => s.Uri == SampleVacancies.OperateForklift && s.Essential && s.Label.Nl == "heftruck besturen");
        fetched.Content.Status.ShouldBe("published");
        (await api.SearchVacanciesAsync()).Content!.Items.ShouldContain(v => v.Id == created.Content.Id);
    }

    [Fact]
    public async Task A_second_delivery_of_the_same_message_has_no_second_effect()
    {
        var published = SampleVacancies.PublishedEvent(Guid.NewGuid(), "Monteur");
        Guid messageId = NewId.NextGuid();
        // Matching's consumer (the sector tables' figures consume the same event from their own queue).
        var observer = new ConsumptionObserver<VacancyPublished>(context =>
            context.MessageId == messageId && context.ReceiveContext.InputAddress.AbsolutePath.EndsWith("/matching-vacancy-published", StringComparison.Ordinal));
        IBus bus = host.Services.GetRequiredService<IBus>();
        using ConnectHandle handle = bus.ConnectConsumeMessageObserver(observer);

        for (int delivery = 0; delivery < 2; delivery++)
        {
            await bus.Publish(published, context => context.MessageId = messageId);
        }

        await Eventually.TrueAsync(() => Task.FromResult(observer.Consumed == 2), Delivery, "both deliveries to be consumed");
        observer.Faulted.ShouldBe(0);
        (await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies WHERE vacancy_id = $1", published.Vacancy.VacancyId)).ShouldBe(1);
        (await host.ScalarAsync<long>("SELECT count(*) FROM matching.inbox_messages WHERE message_id = $1", messageId)).ShouldBe(1);
    }

    [Fact]
    public async Task An_unknown_vacancy_is_a_404_with_problem_details()
    {
        using HttpClient http = host.CreateHttpClient();

        using HttpResponseMessage response = await http.GetAsync(new Uri($"/api/vacancies/{Guid.NewGuid()}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
