using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Labor.BuildingBlocks.Security;
using Labor.Testing;
using Labor.Vacancies.Contracts;

namespace Labor.IntegrationTests;

/// <summary>An admin sees the messages consumers gave up on, per error queue, and replays or discards them (ADR 15).</summary>
public sealed class FailedMessagesTests(LaborHost host) : IClassFixture<LaborHost>
{
    private const string ErrorQueue = "matching-vacancy-published_error";

    [Fact]
    public async Task A_parked_message_is_listed_and_replayed_into_its_consumer_which_then_handles_it()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        VacancyPublished published = SampleVacancies.PublishedEvent(Guid.NewGuid(), "Monteur");
        Guid messageId = await ParkAsync(published);

        JsonElement queue = await QueueAsync(admin);
        queue.GetProperty("consumerQueue").GetString().ShouldBe("matching-vacancy-published");
        JsonElement listed = queue.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("messageId").GetGuid() == messageId);
        listed.GetProperty("messageType").GetString().ShouldBe("VacancyPublished");
        (await admin.Http.GetStringAsync(new Uri("/beheer/berichten", UriKind.Relative))).ShouldContain(messageId.ToString());

        using HttpResponseMessage replayed = await admin.Http.PostAsync(new Uri($"/api/admin/failed-messages/{ErrorQueue}/{messageId}/replay", UriKind.Relative), null);

        replayed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Eventually.TrueAsync(
            async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies WHERE vacancy_id = $1", published.Vacancy.VacancyId) == 1,
            TimeSpan.FromSeconds(30), "the replayed vacancy in matching's read model");
        (await ParkedIdsAsync(admin)).ShouldNotContain(messageId);
    }

    [Fact]
    public async Task A_discarded_message_is_gone_and_has_no_effect()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        Guid other = await ParkAsync(SampleVacancies.PublishedEvent(Guid.NewGuid(), "Timmerman"));
        VacancyPublished published = SampleVacancies.PublishedEvent(Guid.NewGuid(), "Lasser");
        Guid messageId = await ParkAsync(published);

        using HttpResponseMessage discarded = await admin.Http.DeleteAsync(new Uri($"/api/admin/failed-messages/{ErrorQueue}/{messageId}", UriKind.Relative));

        discarded.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        IReadOnlyList<Guid> left = await ParkedIdsAsync(admin);
        left.ShouldNotContain(messageId);
        left.ShouldContain(other, "the messages taken on the way are put back");
        (await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies WHERE vacancy_id = $1", published.Vacancy.VacancyId)).ShouldBe(0);
    }

    [Fact]
    public async Task Only_admins_see_or_move_failed_messages_and_only_in_error_queues()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        TestUser staff = await host.UserAsync(Roles.ProgrammeStaff);
        Guid messageId = await ParkAsync(SampleVacancies.PublishedEvent(Guid.NewGuid(), "Schilder"));

        (await staff.Http.GetAsync(new Uri("/api/admin/failed-messages", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.Http.PostAsync(new Uri($"/api/admin/failed-messages/{ErrorQueue}/{messageId}/replay", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.Http.PostAsync(new Uri($"/api/admin/failed-messages/matching-vacancy-published/{messageId}/replay", UriKind.Relative), null))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "a consumer's own queue is not an error queue");
        (await admin.Http.DeleteAsync(new Uri($"/api/admin/failed-messages/{ErrorQueue}/{Guid.NewGuid()}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ParkedIdsAsync(admin)).ShouldContain(messageId, "nothing was moved");
    }

    private Task<Guid> ParkAsync(VacancyPublished message) => host.ParkFailedMessageAsync(message, ErrorQueue);

    private static async Task<JsonElement> QueueAsync(TestUser admin)
    {
        JsonElement? found = null;
        await Eventually.TrueAsync(async () =>
        {
            JsonElement queues = await admin.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/admin/failed-messages", UriKind.Relative));
            found = queues.EnumerateArray().Where(q => q.GetProperty("queue").GetString() == ErrorQueue).Select(q => (JsonElement?)q.Clone()).FirstOrDefault();
            return found is not null;
        }, TimeSpan.FromSeconds(30), "the error queue in the list");
        return found!.Value;
    }

    private static async Task<IReadOnlyList<Guid>> ParkedIdsAsync(TestUser admin) =>
        [.. (await admin.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/admin/failed-messages", UriKind.Relative))).EnumerateArray()
            .Where(q => q.GetProperty("queue").GetString() == ErrorQueue)
            .SelectMany(q => q.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("messageId").GetGuid()))];
}
