using Microsoft.EntityFrameworkCore;

namespace Standing.Data.Storage;

/// <summary>
/// The tables that only Standing's users write: the changes made since the data set was shipped, and the API keys.
/// Unlike the shipped tables (<see cref="StandingDbContext"/>), they are never rebuilt: a new data set leaves them as
/// they are (see docs/decisions/ADR-011-store-of-record.md).
/// </summary>
public sealed class RecordDbContext(DbContextOptions<RecordDbContext> options) : DbContext(options)
{
    /// <summary>The tables this context owns, by name.</summary>
    internal static readonly string[] Tables = ["edits", "api_keys"];

    internal DbSet<EditRow> Edits => Set<EditRow>();

    internal DbSet<ApiKeyRow> ApiKeys => Set<ApiKeyRow>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<EditRow>(e =>
        {
            e.ToTable("edits");
            e.HasKey(x => x.Id);
            // Two writers that saw the same version of a fact cannot both write the next one.
            e.HasIndex(x => new { x.Kind, x.Fact, x.Version }).IsUnique();
            e.HasIndex(x => x.State);
        });
        modelBuilder.Entity<ApiKeyRow>(e => { e.ToTable("api_keys"); e.HasKey(x => x.Id); });
    }
}

/// <summary>One accepted change; <see cref="Before"/> and <see cref="After"/> hold the fact as JSON.</summary>
internal sealed class EditRow
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string Fact { get; set; } = "";
    public string State { get; set; } = "";
    public int Version { get; set; }
    public string Action { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
    public string Author { get; set; } = "";
    public string At { get; set; } = "";
    public string Source { get; set; } = "";
    public string? Note { get; set; }
    public long? Reverts { get; set; }
}

/// <summary>An API key: only a hash of its secret is kept.</summary>
internal sealed class ApiKeyRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string Hash { get; set; } = "";
    public string Created { get; set; } = "";
    public string? Revoked { get; set; }
}
