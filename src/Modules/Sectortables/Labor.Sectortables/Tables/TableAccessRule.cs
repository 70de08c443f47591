using System.Security.Claims;
using Labor.BuildingBlocks.Security;
using Labor.Sectortables.Domain;
using Microsoft.AspNetCore.Authorization;

namespace Labor.Sectortables.Tables;

/// <summary>A lead changes only the table they are seated at (ADR 11); everyone who reads the tables reads them all.</summary>
internal static class TableAccessRule
{
    /// <summary>Resource: the accounts seated at the table (<see cref="Seats"/>).</summary>
    public const string OwnSectorTable = "OwnSectorTable";

    public static AuthorizationBuilder AddTableRule(this AuthorizationBuilder rules) =>
        rules.AddPolicy(OwnSectorTable, policy => policy.RequireAssertion(context =>
            context.Resource is Seats seats && context.User.IsInRole(Roles.SectorLead)
            && context.User.UserId() is Guid lead && seats.AccountIds.Contains(lead)));

    public static async Task<bool> MayChangeAsync(this IAuthorizationService authorization, ClaimsPrincipal user, Table table) =>
        (await authorization.AuthorizeAsync(user, new Seats(table.People.Select(p => p.AccountId).ToHashSet()), OwnSectorTable)).Succeeded;

    /// <summary>The accounts seated at a sector table (its kartrekkers and projectleider).</summary>
    internal sealed record Seats(IReadOnlySet<Guid> AccountIds);
}
