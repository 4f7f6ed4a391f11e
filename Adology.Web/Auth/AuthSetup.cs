using Adology.Modules.Contracts;
using Adology.Modules.Platform;
using FluentValidation;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;

namespace Adology.Web.Auth;

internal static class AuthSetup
{
    /// <summary>Identity's <see cref="LockoutOptions"/>: <c>MaxFailedAccessAttempts</c>, <c>DefaultLockoutTimeSpan</c>.</summary>
    public const string LockoutSection = "Auth:Lockout";

    public static IServiceCollection AddAdologyAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var signingKey = new SigningKey(settings);
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.AddSingleton(signingKey);
        services.AddSingleton<IReportLinkKey, ReportLinkKey>();
        services.AddSingleton<IThumbnailLinks>(provider => new ThumbnailLinkSigner(
            signingKey.Key.Key,
            settings.ThumbnailLinkLifetime > TimeSpan.Zero ? settings.ThumbnailLinkLifetime : throw new InvalidOperationException("Auth:ThumbnailLinkLifetime must be positive."),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<IValidator<Credentials>, CredentialsValidator>();
        services.AddSingleton<IValidator<PasswordChange>, PasswordChangeValidator>();
        services.AddMemoryCache();
        services.AddSingleton<SecurityStamps>();
        services.AddSingleton<BrowserTokens>();
        services.AddSingleton<UnknownAccountLockout>();
        services.AddScoped<LoginCheck>();
        services.AddScoped<IAdministrators, Administrators>();

        services.AddDbContext<AuthDb>(options => AuthDb.Configure(options, PlatformModule.ConnectionString(configuration)));
        services.AddHealthChecks().AddDbContextCheck<AuthDb>("auth-database", tags: [PlatformModule.ReadyTag]);
        services.AddIdentityCore<AdologyUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = CredentialsValidator.MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // A stranger may lock an account only for a while, and only within the per-client and per-account login limits.
                options.Lockout.MaxFailedAccessAttempts = 10;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                configuration.GetSection(LockoutSection).Bind(options.Lockout);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddUserManager<AdologyUserManager>()
            .AddEntityFrameworkStores<AuthDb>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddSignInManager();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                IssuerSigningKey = signingKey.Key,
                NameClaimType = "sub",
                RoleClaimType = ClaimNames.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };

            options.EventsType = typeof(BrowserTokens);
        });
        services.AddAuthorization();
        return services;
    }
}
