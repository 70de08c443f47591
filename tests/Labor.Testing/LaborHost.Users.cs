using System.Net;
using AngleSharp.Html.Parser;
using Labor.Accounts.Users;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Sectortables.Data;
using Labor.Sectortables.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Testing;

/// <summary>A signed-in test user and what it may act for.</summary>
public sealed record TestUser(string Email, string Password, string Role, Guid? OrganisationId, ILaborApi Api, HttpClient Http);

public partial class LaborHost
{
    public const string TestPassword = "correct horse battery staple";

    /// <summary>Creates a confirmed account of <paramref name="role"/>, as an admin would, and signs it in for the API.</summary>
    /// <param name="mailDomain">Where its mail goes: <see cref="ScriptedSmtpServer"/> answers some domains in its own way.</param>
    public async Task<TestUser> UserAsync(string role, Guid? organisationId = null, string sectorTable = "Zorg & Welzijn", string mailDomain = "test.example")
    {
        string email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@{mailDomain}";
        Guid? organisation = role == Roles.Employer ? organisationId ?? Guid.NewGuid() : null;
        Guid id = Guid.NewGuid();
        await using (AsyncServiceScope scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountDirectory>().EnsureAsync(
                email, role, TestPassword, organisation, organisation is null ? null : "Testbedrijf", id);
            if (role == Roles.SectorLead)
            {
                await SeatAsync(scope.ServiceProvider.GetRequiredService<SectortablesDbContext>(), sectorTable, id);
            }
        }

        HttpClient http = CreateHttpClient();
        ILaborApi api = await LaborClient.SignInAsync(http, email, TestPassword);
        return new TestUser(email, TestPassword, role, organisation, api, http);
    }

    /// <summary>Seats a sector lead at a table as a kartrekker, as an admin does on the table's page.</summary>
    private async Task SeatAsync(SectortablesDbContext db, string tableName, Guid accountId)
    {
        Table table = await db.Tables.Include(t => t.People).SingleAsync(t => t.Name == tableName);
        if (!table.Seat(accountId, TableFunction.Kartrekker, accountId, Clock.GetUtcNow()))
        {
            throw new InvalidOperationException($"{tableName} has all its kartrekkers: seat test leads at another table.");
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Moves the host's clock a day on. Sessions last 8 hours, so these users sign in again, as people do the next day.
    /// </summary>
    public Task NextDayAsync(params TestUser[] users) => DaysLaterAsync(1, users);

    /// <summary>Moves the host's clock <paramref name="days"/> on; these users sign in again.</summary>
    public async Task DaysLaterAsync(int days, params TestUser[] users)
    {
        Clock.Advance(TimeSpan.FromDays(days));
        foreach (TestUser user in users)
        {
            await LaborClient.SignInAsync(user.Http, user.Email, user.Password);
        }
    }

    /// <summary>Signs in through the sign-in page, as a browser would, and returns a client carrying the cookie.</summary>
    public async Task<HttpClient> CookieClientAsync(string email, string password)
    {
        HttpClient http = CreateHttpClient(followRedirects: false);
        using HttpResponseMessage signedIn = await PostFormAsync(http, "/account/inloggen", new() { ["email"] = email, ["password"] = password });
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in page answered {(int)signedIn.StatusCode}.");
        }

        return http;
    }

    /// <summary>Opens a page, then posts its form with the antiforgery token the page carried, as a browser does.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string path, Dictionary<string, string> fields)
    {
        string page = await http.GetStringAsync(new Uri(path, UriKind.Relative));
        var document = new HtmlParser().ParseDocument(page);
        string token = document.QuerySelector("main form input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No form with an antiforgery token on {path}.");
        fields["__RequestVerificationToken"] = token;
        using var form = new FormUrlEncodedContent(fields);
        return await http.PostAsync(new Uri(path, UriKind.Relative), form);
    }
}
