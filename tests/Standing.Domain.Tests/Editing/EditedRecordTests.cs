using Standing.Domain.Editing;
using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Domain.Tests.Editing;

public sealed class EditedRecordTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);
    private static readonly SourceRef Page = new("https://example.org/news");

    /// <summary>AAA recognised in 2009 and withdrew in 2019; BBB never recognised.</summary>
    private static EditedRecord Shipped() =>
        EditedRecord.Create(new RegistryBuilder().Recognised("AAA", "2009-01-01").Withdrawn("AAA", "2019-01-01").Input(), []);

    private static RecognitionEvent Event(string state, RecognitionEventKind kind, string date, SourceRef? source = null) =>
        new(EntityCode.Kosovo, new(state), kind, PartialDate.TryParse(date, out var d) ? d : throw new ArgumentException(date), source ?? Page);

    private static Change Add(RecognitionEvent e) => new(EditAction.Added, FactKinds.Recognition, null, e, null, "editor", At, e.Source);

    private static EditedRecord Accept(EditedRecord record, Change change) => record.With(record.Propose(change).Edit ?? throw new InvalidOperationException("refused"));

    [Fact]
    public void Propose_Addition_IsVersionOneAndDescribesItsSource()
    {
        var record = Accept(Shipped(), Add(Event("BBB", RecognitionEventKind.Recognised, "2025-03-26")));

        var (value, version) = record.Find(FactKinds.Recognition, "XKX-BBB-recognised-2025-03-26")!.Value;
        Assert.Equal((new EntityCode("BBB"), 1), (value.State, version));
        Assert.Contains(record.Input.Sources, s => s.Value.Url == Page.Value && s.Location == "edit 1");
        Assert.True(Registry.Create(record.Input).IsRecognisedBy(EntityCode.Kosovo, new("BBB"), new(2025, 3, 26), Perspective.Default));
    }

    [Fact]
    public void Propose_AdditionOfARecordedFact_IsRefusedAsExisting()
    {
        var proposal = Shipped().Propose(Add(Event("AAA", RecognitionEventKind.Recognised, "2009-01-01")));

        Assert.Equal(Rejection.Exists, proposal.Rejection);
    }

    [Theory]
    [InlineData("BBB", RecognitionEventKind.Withdrawn, "2020-01-01", "date")]   // a withdrawal before any recognition
    [InlineData("AAA", RecognitionEventKind.Withdrawn, "2020-01-01", "date")]   // withdrawn twice
    [InlineData("BBB", RecognitionEventKind.Recognised, "2001-01-01", "date")]  // before the declaration
    [InlineData("ZZZ", RecognitionEventKind.Recognised, "2020-01-01", "state")] // no such state
    public void Propose_UnsoundAddition_IsRefusedNamingTheField(string state, RecognitionEventKind kind, string date, string field)
    {
        var proposal = Shipped().Propose(Add(Event(state, kind, date)));

        Assert.Equal(Rejection.Unsound, proposal.Rejection);
        Assert.Equal(field, proposal.Refusals![0].Field);
    }

    [Fact]
    public void Propose_UnverifiedWithoutANote_IsRefused()
    {
        var e = Event("BBB", RecognitionEventKind.Recognised, "2025-03-26", new SourceRef("unverified"));

        Assert.Equal("note", Assert.Single(Shipped().Propose(Add(e)).Refusals!).Field);
        Assert.NotNull(Shipped().Propose(Add(e) with { Note = "announced on television; no text published" }).Edit);
    }

    [Fact]
    public void Propose_Correction_NeedsTheCurrentTag()
    {
        var record = Shipped();
        var id = "XKX-AAA-withdrawn-2019-01-01";
        var (current, version) = record.Find(FactKinds.Recognition, id)!.Value;
        var corrected = current with { Date = PartialDate.Exact(new(2019, 2, 1)) };
        Change Correct(string? tag) => new(EditAction.Corrected, FactKinds.Recognition, id, corrected, tag, "editor", At, Page);

        Assert.Equal(Rejection.TagRequired, record.Propose(Correct(null)).Rejection);
        Assert.Equal(Rejection.Stale, record.Propose(Correct("\"0-000000000000\"")).Rejection);
        Assert.Equal(Rejection.NotFound, record.Propose(Correct(FactTags.Of(FactKinds.Recognition, current, version)) with { Fact = "XKX-AAA-withdrawn-2020-01-01" }).Rejection);
        var after = Accept(record, Correct(FactTags.Of(FactKinds.Recognition, current, version)));
        Assert.Equal((PartialDate.Exact(new(2019, 2, 1)), 1), (after.Find(FactKinds.Recognition, id)!.Value.Value.Date, after.Find(FactKinds.Recognition, id)!.Value.Version));
        Assert.Equal(Rejection.Stale, after.Propose(Correct(FactTags.Of(FactKinds.Recognition, current, version))).Rejection);
    }

    [Fact]
    public void Propose_RetractionThenRevert_PutsTheFactBack()
    {
        var record = Shipped();
        var id = "XKX-AAA-withdrawn-2019-01-01";
        var retracted = Accept(record, new Change(EditAction.Retracted, FactKinds.Recognition, id, null, "*", "editor", At, Page));
        Assert.Null(retracted.Find(FactKinds.Recognition, id));
        Assert.True(Registry.Create(retracted.Input).IsRecognisedBy(EntityCode.Kosovo, new("AAA"), new(2020, 1, 1), Perspective.Default));

        var reverted = Accept(retracted, new Change(EditAction.Reverted, null, null, null, null, "editor", At, Page, Reverts: 1));

        Assert.Equal((2, EditAction.Reverted), (reverted.Find(FactKinds.Recognition, id)!.Value.Version, reverted.Edits[^1].Action));
        Assert.False(Registry.Create(reverted.Input).IsRecognisedBy(EntityCode.Kosovo, new("AAA"), new(2020, 1, 1), Perspective.Default));
        Assert.Equal(Rejection.NotFound, reverted.Propose(new Change(EditAction.Reverted, null, null, null, null, "editor", At, Page, Reverts: 9)).Rejection);
    }

    [Fact]
    public void Propose_AChangeThatChangesNothing_IsRefusedAsUnchanged()
    {
        var record = Shipped();
        var id = "XKX-AAA-withdrawn-2019-01-01";
        var (current, _) = record.Find(FactKinds.Recognition, id)!.Value;
        Change Correct(RecognitionEvent to) => new(EditAction.Corrected, FactKinds.Recognition, id, to, "*", "editor", At, Page);
        var noted = Accept(record, Correct(current with { Note = "a note" }));
        var back = Accept(noted, Correct(current));

        Assert.Equal(Rejection.Unchanged, record.Propose(Correct(current with { })).Rejection);
        Assert.Equal(Rejection.Unchanged, noted.Propose(Correct(current with { Note = "a note" })).Rejection);
        Assert.Equal("fact", Assert.Single(record.Propose(Correct(current)).Refusals!).Field);
        Assert.Equal((FactKinds.Recognition, id), (record.Propose(Correct(current)).Kind, record.Propose(Correct(current)).Fact));

        // Change 2 put the first values back, so undoing change 1 now changes nothing; undoing change 2 does.
        Assert.Equal(Rejection.Unchanged, back.Propose(new Change(EditAction.Reverted, null, null, null, null, "editor", At, Page, Reverts: 1)).Rejection);
        Assert.NotNull(back.Propose(new Change(EditAction.Reverted, null, null, null, null, "editor", At, Page, Reverts: 2)).Edit);
    }

    [Fact]
    public void Propose_RevertOfAnAdditionSinceRetracted_IsUnchanged_AndSaysTheFactIsRetracted()
    {
        var added = Accept(Shipped(), Add(Event("BBB", RecognitionEventKind.Recognised, "2025-03-26")));
        var retracted = Accept(added, new Change(EditAction.Retracted, FactKinds.Recognition, "XKX-BBB-recognised-2025-03-26", null, "*", "editor", At, Page));

        var proposal = retracted.Propose(new Change(EditAction.Reverted, null, null, null, null, "editor", At, Page, Reverts: 1));

        Assert.Equal(Rejection.Unchanged, proposal.Rejection);
        Assert.Equal("XKX-BBB-recognised-2025-03-26 is already retracted: there is nothing to change", Assert.Single(proposal.Refusals!).Message);
    }

    [Fact]
    public void FactTags_ChangeWithTheValuesAndTheVersion()
    {
        var e = Event("AAA", RecognitionEventKind.Recognised, "2009-01-01");

        Assert.NotEqual(FactTags.Of(FactKinds.Recognition, e, 0), FactTags.Of(FactKinds.Recognition, e, 1));
        Assert.NotEqual(FactTags.Of(FactKinds.Recognition, e, 0), FactTags.Of(FactKinds.Recognition, e with { Note = "a new note" }, 0));
        Assert.Equal(FactTags.Of(FactKinds.Recognition, e, 0), FactTags.Of(FactKinds.Recognition, e with { }, 0));
    }
}
