using Microsoft.Extensions.DependencyInjection;
using Standing.Data;
using Standing.Domain;

namespace Standing.Web.Infrastructure;

/// <summary>The registry, loaded once from the database (created from <c>data/</c> on first start) and shared by every request.</summary>
public sealed class RegistrySource(StandingDataOptions options)
{
    private readonly Lazy<Task<Registry>> _registry = new(() => LoadAsync(options));

    public Task<Registry> GetAsync() => _registry.Value;

    private static async Task<Registry> LoadAsync(StandingDataOptions options)
    {
        await using var services = new ServiceCollection().AddStandingData(options).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StandingStore>().LoadRegistryAsync();
    }
}
