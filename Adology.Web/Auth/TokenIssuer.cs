using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Adology.Web.Auth;

internal sealed class TokenIssuer(SigningKey signingKey, IOptions<AuthOptions> options, TimeProvider clock)
{
    public IssuedToken Issue(AdologyUser user, IEnumerable<string> roles)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var expiresAt = now + settings.TokenLifetime;
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            new(JwtRegisteredClaimNames.Email, user.Email!),
            new(ClaimNames.Stamp, SecurityStamps.HashOf(user.SecurityStamp)),
        };
        claims.AddRange(roles.Select(role => new Claim(ClaimNames.Role, role)));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, expiresAt);
    }
}
