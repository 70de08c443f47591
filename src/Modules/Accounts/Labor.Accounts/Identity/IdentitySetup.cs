using Labor.Accounts.Data;
using Labor.Accounts.Domain;
using Labor.Accounts.Sessions;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Accounts.Identity;

internal static class IdentitySetup
{
    /// <summary>The default scheme: a bearer token when the request carries one, the sign-in cookie otherwise.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    public static void AddLaborIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<LaborUser>(options =>
            {
                options.SignIn.RequireConfirmedEmail = true;
                options.User.RequireUniqueEmail = true;
                // The user name is the e-mail address, already validated at the edge; accents in addresses are fine.
                options.User.AllowedUserNameCharacters = "";
                // Length over composition rules (NIST SP 800-63B): long passphrases beat "Passw0rd!".
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // No account-wide lock a stranger could trigger: wrong passwords hold back only the address that gave
                // them (PasswordSignIn, ADR 13).
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<LaborClaimsFactory>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearer;
                options.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", policy => policy.ForwardDefaultSelector = context =>
                UsesBearer(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, bearer =>
            {
                bearer.BearerTokenExpiration = TimeSpan.FromHours(1);
                bearer.Events = new BearerTokenEvents { OnMessageReceived = LiveSessions.AuthenticateBearerAsync };
            })
            .AddIdentityCookies();

        bool secureCookies = configuration.GetValue("Security:SecureCookies", defaultValue: true);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "labor.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/account/inloggen";
            cookie.LogoutPath = "/account/uitloggen";
            cookie.AccessDeniedPath = "/account/geen-toegang";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // The API answers 401/403; only pages redirect to the sign-in page.
            cookie.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => AnswerApiOrRedirect(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => AnswerApiOrRedirect(context, StatusCodes.Status403Forbidden),
                OnValidatePrincipal = LiveSessions.ValidateCookieAsync,
            };
        });

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "labor.antiforgery";
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            // Not a credential: Secure over https, and still usable by a developer's form over http://127.0.0.1.
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddDataProtection().PersistKeysToDbContext<AccountsDbContext>().SetApplicationName("Labor");
    }

    /// <summary>
    /// A request with a bearer token, and every API call that changes something: a cookie is never enough for those,
    /// so another site cannot make a signed-in browser change data through the API (the pages check antiforgery
    /// tokens; ADR 13).
    /// </summary>
    private static bool UsesBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || (request.Path.StartsWithSegments("/api") && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)));

    private static Task AnswerApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
