using Microsoft.AspNetCore.Http;

namespace ArmsTrace.Server.Api;

/// <summary>RFC 7807 answers for the API's own refusals.</summary>
internal static class Problems
{
    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);

    public static IResult BadRequest(string why) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: why);
}
