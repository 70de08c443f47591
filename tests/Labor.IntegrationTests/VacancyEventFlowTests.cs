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
        var response = await employer.Api.PublishVacancyAsync(new PublishVacancy("Verpleegkundige", "Zorg & Welzijn", "Zwolle"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        Vacancy vacancy = response.Content!;
        response.Headers!.Location!.ToString().ShouldBe($"/api/vacancies/{vacancy.Id}");
        await Eventually.TrueAsync(
            async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies WHERE vacancy_id = $1", vacancy.Id) == 1,
            Delivery, "the vacancy in matching's read model");

        (await host.ScalarAsync<string>("SELECT title FROM matching.vacancies WHERE vacancy_id = $1", vacancy.Id)).ShouldBe("Verpleegkundige");
        (await host.ScalarAsync<string>("SELECT sector FROM matching.vacancies WHERE vacancy_id = $1", vacancy.Id)).ShouldBe("Zorg & Welzijn");
        (await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.outbox_messages WHERE payload->>'vacancyId' = $1 AND sent_at IS NOT NULL", vacancy.Id.ToString())).ShouldBe(1);
        (await host.ScalarAsync<long>("SELECT count(*) FROM matching.inbox_messages WHERE consumer = 'VacancyPublishedConsumer'")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_api_answers_with_the_vacancy_it_stored_and_its_canonical_names()
    {
        ILaborApi api = (await host.UserAsync(Roles.Employer)).Api;
        var created = await api.PublishVacancyAsync(new PublishVacancy("  Timmerman  ", "bouw", "zwolle"));

        var fetched = await api.GetVacancyAsync(created.Content!.Id);

        fetched.StatusCode.ShouldBe(HttpStatusCode.OK);
        fetched.Content.ShouldBe(created.Content);
        fetched.Content!.Title.ShouldBe("Timmerman");
        fetched.Content.Sector.ShouldBe("Bouw");
        fetched.Content.Municipality.ShouldBe("Zwolle");
        (await api.ListVacanciesAsync()).ShouldContain(v => v.Id == created.Content.Id);
    }

    [Fact]
    public async Task A_second_delivery_of_the_same_message_has_no_second_effect()
    {
        var published = new VacancyPublished(Guid.NewGuid(), "Monteur", "Techniek & Energietransitie", "Kampen", DateTimeOffset.UtcNow);
        Guid messageId = NewId.NextGuid();
        var observer = new ConsumptionObserver<VacancyPublished>(context => context.MessageId == messageId);
        IBus bus = host.Services.GetRequiredService<IBus>();
        using ConnectHandle handle = bus.ConnectConsumeMessageObserver(observer);

        for (int delivery = 0; delivery < 2; delivery++)
        {
            await bus.Publish(published, context => context.MessageId = messageId);
        }

        await Eventually.TrueAsync(() => Task.FromResult(observer.Consumed == 2), Delivery, "both deliveries to be consumed");
        observer.Faulted.ShouldBe(0);
        (await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies WHERE vacancy_id = $1", published.VacancyId)).ShouldBe(1);
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
