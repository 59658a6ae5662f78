using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Standing.Data.Storage;

namespace Standing.Data;

/// <summary>Registers Standing's store.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the database context (PostgreSQL when <see cref="StandingDataOptions.Postgres"/> is set, else SQLite at <see cref="StandingDataOptions.DatabasePath"/>) and <see cref="StandingStore"/>.</summary>
    public static IServiceCollection AddStandingData(this IServiceCollection services, StandingDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddDbContext<StandingDbContext>(o => _ = options.Postgres is { } postgres ? o.UseNpgsql(postgres) : o.UseSqlite($"Data Source={options.DatabasePath}"));
        services.AddScoped<StandingStore>();
        return services;
    }
}
