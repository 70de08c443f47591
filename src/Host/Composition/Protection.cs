using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace Labor.Host.Composition;

/// <summary>Abuse limits and the security headers every response carries.</summary>
internal static class Protection
{
    public static IServiceCollection AddLaborRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        int permits = configuration.GetValue("RateLimits:Account:PermitLimit", 10);
        TimeSpan window = configuration.GetValue("RateLimits:Account:Window", TimeSpan.FromMinutes(1));
        services.AddRateLimiter(limiter =>
        {
            // Per client address: one abuser does not lock everyone else out of signing in.
            limiter.AddPolicy(RateLimits.Account, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress ?? IPAddress.None,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                HttpContext http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests.", Detail = "Please wait a minute before you try again." },
                });
            };
        });
        return services;
    }

    /// <summary>
    /// Strict defaults for our own pages (no inline script, no framing, no sniffing). The API reference and the
    /// Hangfire dashboard ship inline scripts and styles of their own, so they get a looser script policy.
    /// </summary>
    public static void UseSecurityHeaders(this WebApplication app) => app.Use((context, next) =>
    {
        // Set as the response starts, so error pages and re-executed requests carry them too.
        context.Response.OnStarting(() =>
        {
            IHeaderDictionary headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            bool thirdPartyUi = context.Request.Path.StartsWithSegments("/scalar") || context.Request.Path.StartsWithSegments(Jobs.DashboardPath);
            headers.ContentSecurityPolicy = thirdPartyUi
                ? "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'"
                : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
