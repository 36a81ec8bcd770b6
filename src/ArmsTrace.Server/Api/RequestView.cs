using ArmsTrace.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ArmsTrace.Server.Api;

/// <summary>
/// Every reading endpoint shows the reviewed graph unless the request asks for <c>raw=true</c>; the
/// choice is made where the request's store and graph are made, so no endpoint can forget it.
/// </summary>
internal static class RequestView
{
    public static ClaimView Of(IServiceProvider services)
    {
        var raw = services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Query["raw"].ToString();
        return raw is "true" or "1" ? ClaimView.Raw : ClaimView.Reviewed;
    }
}
