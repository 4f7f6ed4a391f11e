using Microsoft.AspNetCore.Identity;

namespace Adology.Web.Auth;

internal sealed class AdologyUser : IdentityUser<Guid>;
