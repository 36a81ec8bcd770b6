using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace ArmsTrace.Server.Security;

/// <summary>
/// Per-caller limits (per key, or per address when no key is given): a token bucket over every
/// request, and a tighter window over writes and sign-ins, which cost the most or guess keys.
/// </summary>
internal static class RateLimits
{
    public const string Writes = "writes";

    public static void Add(IServiceCollection services, ServerSettings settings)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetTokenBucketLimiter(
                Partition(context),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.RequestsPerSecond * 2,
                    TokensPerPeriod = settings.RequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
            o.AddPolicy(Writes, context => RateLimitPartition.GetFixedWindowLimiter(
                Partition(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.WritesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (rejected, cancel) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: "slow down; see Retry-After")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
    }

    private static string Partition(HttpContext context) =>
        Caller.Of(context) is { KeyId: { } id } ? "key:" + id.ToString(CultureInfo.InvariantCulture) : "ip:" + context.Connection.RemoteIpAddress;
}
