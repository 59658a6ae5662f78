using Microsoft.EntityFrameworkCore;

namespace Standing.Data.Storage;

/// <summary>The shipped tables, on SQLite (default) or PostgreSQL; the record's own tables are <see cref="RecordDbContext"/>'s.</summary>
public sealed class StandingDbContext(DbContextOptions<StandingDbContext> options) : DbContext(options)
{
    internal DbSet<EntityRow> Entities => Set<EntityRow>();

    internal DbSet<SubjectRow> Subjects => Set<SubjectRow>();

    internal DbSet<SourceRow> Sources => Set<SourceRow>();

    internal DbSet<RecognitionRow> Recognitions => Set<RecognitionRow>();

    internal DbSet<ClaimRow> Claims => Set<ClaimRow>();

    internal DbSet<PositionRow> Positions => Set<PositionRow>();

    internal DbSet<OrganisationRow> Organisations => Set<OrganisationRow>();

    internal DbSet<MembershipRow> Memberships => Set<MembershipRow>();

    internal DbSet<EventRow> Events => Set<EventRow>();

    internal DbSet<ObservationRow> Observations => Set<ObservationRow>();

    internal DbSet<MetaRow> Meta => Set<MetaRow>();

    internal DbSet<ProcedureRow> Procedures => Set<ProcedureRow>();

    internal DbSet<WeightRow> Weights => Set<WeightRow>();

    internal DbSet<VoteRow> Votes => Set<VoteRow>();

    internal DbSet<AgencyRow> Agencies => Set<AgencyRow>();

    internal DbSet<DocumentRow> Documents => Set<DocumentRow>();

    internal DbSet<RelationRow> Relations => Set<RelationRow>();

    internal DbSet<RelationClaimRow> RelationClaims => Set<RelationClaimRow>();

    internal DbSet<OrganisationPositionRow> OrganisationPositions => Set<OrganisationPositionRow>();

    internal DbSet<ArrangementRow> Arrangements => Set<ArrangementRow>();

    internal DbSet<RequestCountRow> RequestCounts => Set<RequestCountRow>();

    internal DbSet<CooperationEventRow> CooperationEvents => Set<CooperationEventRow>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<EntityRow>(e => { e.ToTable("entities"); e.HasKey(x => x.Code); });
        modelBuilder.Entity<SubjectRow>(e => { e.ToTable("subjects"); e.HasKey(x => x.Code); });
        modelBuilder.Entity<SourceRow>(e => { e.ToTable("sources"); e.HasKey(x => x.Url); });
        modelBuilder.Entity<RecognitionRow>(e =>
        {
            e.ToTable("recognition_events");
            e.HasIndex(x => new { x.Subject, x.State });
        });
        modelBuilder.Entity<ClaimRow>(e => { e.ToTable("claims"); e.HasKey(x => x.Id); });
        modelBuilder.Entity<PositionRow>(e => e.ToTable("positions"));
        modelBuilder.Entity<OrganisationRow>(e =>
        {
            e.ToTable("organisations");
            e.HasKey(x => x.Id);
            e.HasMany(x => x.Bodies).WithOne().HasForeignKey(b => b.OrganisationId);
        });
        modelBuilder.Entity<BodyRow>(e => { e.ToTable("bodies"); e.HasKey(x => new { x.OrganisationId, x.Id }); });
        modelBuilder.Entity<MembershipRow>(e =>
        {
            e.ToTable("memberships");
            e.HasIndex(x => new { x.Organisation, x.State });
        });
        modelBuilder.Entity<EventRow>(e => { e.ToTable("events"); e.HasKey(x => x.Id); });
        modelBuilder.Entity<ObservationRow>(e => e.ToTable("observations"));
        modelBuilder.Entity<MetaRow>(e => { e.ToTable("meta"); e.HasKey(x => x.Key); });
        modelBuilder.Entity<ProcedureRow>(e => { e.ToTable("procedures"); e.HasKey(x => x.Organisation); });
        modelBuilder.Entity<WeightRow>(e => e.ToTable("vote_weights"));
        modelBuilder.Entity<VoteRow>(e =>
        {
            e.ToTable("votes");
            e.HasKey(x => x.Id);
            e.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.VoteId);
            e.HasMany(x => x.Delegations).WithOne().HasForeignKey(d => d.VoteId);
        });
        modelBuilder.Entity<MemberVoteRow>(e => { e.ToTable("member_votes"); e.HasKey(x => new { x.VoteId, x.Member }); });
        modelBuilder.Entity<DelegationVoteRow>(e => { e.ToTable("delegation_votes"); e.HasKey(x => new { x.VoteId, x.Member }); });
        modelBuilder.Entity<AgencyRow>(e => { e.ToTable("agencies"); e.HasKey(x => x.Id); });
        modelBuilder.Entity<DocumentRow>(e => { e.ToTable("documents"); e.HasKey(x => x.Name); });
        modelBuilder.Entity<RelationRow>(e => e.ToTable("relations"));
        modelBuilder.Entity<RelationClaimRow>(e => { e.ToTable("relation_claims"); e.HasKey(x => x.Id); });
        modelBuilder.Entity<OrganisationPositionRow>(e => e.ToTable("organisation_positions"));
        modelBuilder.Entity<ArrangementRow>(e => { e.ToTable("arrangements"); e.HasKey(x => x.Id); });
        modelBuilder.Entity<RequestCountRow>(e => e.ToTable("request_counts"));
        modelBuilder.Entity<CooperationEventRow>(e => e.ToTable("cooperation_events"));
    }
}
