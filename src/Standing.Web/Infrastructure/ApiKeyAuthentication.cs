using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Standing.Data;
using Standing.Domain;

namespace Standing.Web.Infrastructure;

/// <summary>
/// Authenticates a request that carries <c>Authorization: Bearer KEY</c> against the API keys in the database. A
/// missing, unknown or revoked key is a 401 on a write; reads need no key.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "Bearer";

    /// <summary>The policy that lets editors and admins write.</summary>
    public const string Editors = "editors";

    /// <summary>The claim that carries the key's id.</summary>
    public const string KeyIdClaim = "standing:key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("the Authorization header is not 'Bearer KEY'");
        }

        // The key itself is never logged: only whether it was accepted.
        if (await keys.VerifyAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted) is not { } key)
        {
            return AuthenticateResult.Fail("the key is unknown or revoked");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, key.Name), new Claim(ClaimTypes.Role, key.Role.ToKebab()), new Claim(KeyIdClaim, key.Id)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }
}
