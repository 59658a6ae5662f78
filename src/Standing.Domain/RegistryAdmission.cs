using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;
using Standing.Domain.Chronicle;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;

namespace Standing.Domain;

/// <summary>Where one stage of an admission stands for a subject on a date.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="LastVote">The latest recorded vote of the subject at this stage, if any.</param>
/// <param name="Verdict">Standing's verdict on that vote.</param>
/// <param name="Members">The deciding body's members on the date, when its roster is known.</param>
/// <param name="Recognising">How many of them recognise the subject.</param>
/// <param name="Blockers">Members that do not recognise the subject and can block alone (veto holders; every member under unanimity or consensus).</param>
/// <param name="SpentBy">The later stage's vote that spent this stage's passed vote (see <see cref="Stage.Lapses"/>), if any.</param>
public sealed record StageStatus(
    Stage Stage, RecordedVote? LastVote, VoteVerdict? Verdict, int? Members, int? Recognising, IReadOnlyList<EntityCode> Blockers, RecordedVote? SpentBy = null)
{
    /// <summary>Whether a recorded vote passed this stage and still stands.</summary>
    public bool Passed => Verdict?.Passed == true && SpentBy is null;
}

/// <summary>Whether a prerequisite holds on the date; null where it cannot be told.</summary>
/// <param name="Prerequisite">The prerequisite.</param>
/// <param name="Met">Whether it holds.</param>
/// <param name="Reason">Why, in words.</param>
public sealed record PrerequisiteStatus(Prerequisite Prerequisite, bool? Met, string Reason);

/// <summary>Where a subject's admission to an organisation stands on a date.</summary>
/// <param name="Subject">The applicant.</param>
/// <param name="Procedure">The organisation's procedure.</param>
/// <param name="AsOf">The date.</param>
/// <param name="Perspective">Whose account of recognitions is followed.</param>
/// <param name="Status">The subject's status in the organisation on the date, or null for none.</param>
/// <param name="Stages">Each stage's status.</param>
/// <param name="Prerequisites">Each prerequisite's status.</param>
public sealed record AdmissionCheck(
    EntityCode Subject, AdmissionProcedure Procedure, DateOnly AsOf, Perspective Perspective, Membership? Status,
    IReadOnlyList<StageStatus> Stages, IReadOnlyList<PrerequisiteStatus> Prerequisites)
{
    /// <summary>The stages not yet passed.</summary>
    public IReadOnlyList<string> Missing => [.. Stages.Where(s => !s.Passed).Select(s => s.Stage.Id)];

    /// <summary>Whether the subject is already a member.</summary>
    public bool IsMember => Status?.Status is MembershipStatus.Member or MembershipStatus.Suspended;
}

public sealed partial class Registry
{
    /// <summary>The admission procedure of an organisation, or null.</summary>
    public AdmissionProcedure? Procedure(OrganisationId organisation) => _procedures.Value.GetValueOrDefault(organisation);

    /// <summary>Every admission procedure, in organisation order.</summary>
    public IEnumerable<AdmissionProcedure> Procedures =>
        Organisations.Select(o => Procedure(o.Id)).OfType<AdmissionProcedure>();

    /// <summary>Every recorded vote, by date.</summary>
    public IReadOnlyList<RecordedVote> Votes => _votes.Value;

    /// <summary>Evaluates a tally (or a list of member votes) under the rule of an organisation's body on a date.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="bodyId">The body; null for the body that decides last.</param>
    /// <param name="round">The round, from 1.</param>
    /// <param name="tally">The counts; absentees are filled in from the body's roster when not given.</param>
    /// <param name="absentGiven">Whether <paramref name="tally"/>'s absentees were given.</param>
    /// <param name="memberVotes">How each member voted, if known; the tally is then counted from them.</param>
    /// <param name="day">The date of the vote: whose members sit in the body.</param>
    /// <exception cref="VoteInputException">The organisation, body or round is unknown, or the tally is impossible.</exception>
    /// <param name="motion">What is voted on: <c>admission</c> (default) or one of the procedure's other decisions.</param>
    public VoteVerdict EvaluateVote(
        OrganisationId organisation, string? bodyId, int round, Tally tally, bool absentGiven, IReadOnlyList<MemberVote>? memberVotes, DateOnly day,
        string motion = AdmissionProcedure.AdmissionMotion)
    {
        var stage = StageOf(organisation, bodyId, round, motion);
        var roster = BodyRoster(organisation, stage.Body, day);
        if (memberVotes is not null)
        {
            var strangers = roster is null ? [] : memberVotes.Where(v => !roster.Contains(v.Member)).Select(v => v.Member.Value).ToList();
            if (strangers.Count > 0)
            {
                throw new VoteInputException("votes", $"{string.Join(", ", strangers)} did not sit in {organisation} {stage.Body} on {day:yyyy-MM-dd}");
            }

            var listed = memberVotes.Select(v => v.Member).ToHashSet();
            memberVotes = [.. memberVotes, .. (roster ?? []).Where(m => !listed.Contains(m)).Select(m => new MemberVote(m, VoteChoice.Absent))];
            tally = Tally.From(memberVotes);
            absentGiven = true;
        }

        foreach (var (field, n) in new[] { ("yes", tally.Yes), ("no", tally.No), ("abstain", tally.Abstain), ("absent", tally.Absent) })
        {
            if (n < 0)
            {
                throw new VoteInputException(field, $"{n} is negative");
            }
        }

        if ((long)tally.Yes + tally.No + tally.Abstain + tally.Absent > Tally.MaxVotes)
        {
            throw new VoteInputException("yes/no/abstain/absent", $"the counts add up to more than {Tally.MaxVotes:N0}, the most a tally may hold");
        }

        // A weighted body reports counts as weighted votes, not members: check them against the total weight instead.
        var countsAreWeights = stage.Rule is WeightedMajorityRule && memberVotes is null;
        var weights = stage.Rule is WeightedMajorityRule w && _weights.Value.TryGetValue(w.Weights, out var table) ? table : null;
        long? capacity = countsAreWeights ? weights?.Values.Sum() : roster?.Count;
        if (capacity is { } size)
        {
            var counted = absentGiven ? tally.Total : tally.Present;
            if (counted > size)
            {
                throw new VoteInputException(absentGiven ? "absent" : "yes/no/abstain",
                    $"{counted} {(countsAreWeights ? "weighted votes" : "votes")}, but {organisation} {stage.Body} had {size} {(countsAreWeights ? "votes in all" : "members")} on {day:yyyy-MM-dd}");
            }

            tally = absentGiven ? tally : tally with { Absent = checked((int)(size - tally.Present)) };
        }

        var context = new VoteContext(tally, memberVotes, roster?.Count,
            org => MembersOn(org, day).ToHashSet(),
            table => _weights.Value.TryGetValue(table, out var w) ? w : null);
        var outcome = stage.Rule.Evaluate(context);
        var parts = stage.Rule.Flatten().Skip(stage.Rule is AllOfRule ? 1 : 0).Select(r => r.Evaluate(context)).ToList();
        var readings = (stage.Readings ?? []).Select(r => (r, r.Rule.Evaluate(context))).ToList();
        return new VoteVerdict(organisation, stage, round, tally, stage.Rule, outcome, parts, readings);
    }

    /// <summary>The organisation's procedure, or the input error naming the organisations that have one.</summary>
    /// <exception cref="VoteInputException">The organisation has no procedure.</exception>
    public AdmissionProcedure ProcedureOf(OrganisationId organisation) => Procedure(organisation) ?? throw new VoteInputException("organisation",
        $"no admission procedure for '{organisation}'; known: {string.Join(", ", Procedures.Select(p => p.Organisation))}");

    /// <summary>
    /// The stage that decides <paramref name="motion"/> in <paramref name="bodyId"/> (null: the body that decides last),
    /// checked to hold <paramref name="round"/>.
    /// </summary>
    /// <exception cref="VoteInputException">The organisation, body, motion or round is unknown.</exception>
    public Stage StageOf(OrganisationId organisation, string? bodyId, int round, string motion = AdmissionProcedure.AdmissionMotion)
    {
        var procedure = ProcedureOf(organisation);
        var stage = bodyId is null && motion == AdmissionProcedure.AdmissionMotion
            ? procedure.DecidingStage
            : procedure.StageFor(bodyId ?? procedure.DecidingStage.Body, motion) ?? throw new VoteInputException(motion == AdmissionProcedure.AdmissionMotion ? "body" : "motion",
                $"{organisation} has no {motion} decision by '{bodyId}'; admission bodies: {string.Join(", ", procedure.Stages.Select(s => s.Body))}" +
                $"; other decisions: {string.Join(", ", (procedure.OtherDecisions ?? []).Select(d => $"{d.Id} ({d.Body})").DefaultIfEmpty("none"))}");
        return round >= 1 && round <= stage.Rounds ? stage : throw new VoteInputException("round",
            $"{organisation} {stage.Body} holds {(stage.Rounds == 1 ? "one round" : $"up to {stage.Rounds} rounds")}, not round {round}");
    }

    /// <summary>Re-evaluates a recorded vote with the engine.</summary>
    public VoteVerdict Evaluate(RecordedVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return EvaluateVote(vote.Organisation, vote.Body, vote.Round, vote.Tally, vote.AbsentKnown, MemberVotes(vote), vote.Date, vote.Motion);
    }

    /// <summary>The members' votes as a rule counts them, when every member's vote is published; null otherwise.</summary>
    public IReadOnlyList<MemberVote>? MemberVotes(RecordedVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return vote.Ballot == Ballot.RollCall ? [.. RollCall(vote.Id).Select(e => new MemberVote(e.Member, e.Choice))] : null;
    }

    /// <summary>The published members' votes of a recorded vote (all for a roll call, some for a partial one), in data order.</summary>
    public IReadOnlyList<RollCallEntry> RollCall(string voteId) => _rollCalls.Value.GetValueOrDefault(voteId, []);

    /// <summary>The national delegations' votes of a recorded vote cast by individuals.</summary>
    public IReadOnlyList<DelegationVote> DelegationVotes(string voteId) => _delegationVotes.Value.GetValueOrDefault(voteId, []);

    /// <summary>Every published vote of <paramref name="member"/> in a recorded roll call, by date.</summary>
    public IReadOnlyList<(RecordedVote Vote, RollCallEntry Entry)> VotesOf(EntityCode member) =>
        [.. Votes.SelectMany(v => RollCall(v.Id).Where(e => e.Member == member).Select(e => (v, e)))];

    /// <summary>Where <paramref name="subject"/>'s admission to <paramref name="organisation"/> stands on <paramref name="day"/>.</summary>
    /// <exception cref="VoteInputException">The organisation has no procedure.</exception>
    public AdmissionCheck CheckAdmission(EntityCode subject, OrganisationId organisation, DateOnly day, Perspective perspective)
    {
        var procedure = ProcedureOf(organisation);
        var ledger = Ledger(subject, perspective);
        var stages = procedure.Stages.Select(stage =>
        {
            var last = Votes.Where(v => v.Organisation == organisation && v.Body == stage.Body && v.Subject == subject && v.Date <= day
                    && v.Motion == AdmissionProcedure.AdmissionMotion)
                .OrderBy(v => v.Date).ThenBy(v => v.Round).LastOrDefault();
            var roster = BodyRoster(organisation, stage.Body, day);
            var recognising = roster?.Where(m => ledger.StatusOn(m, day).IsRecognised).ToList();
            var canBlock = stage.Rule.Flatten().SelectMany(rule => rule switch
            {
                VetoRule veto => MembersOn(veto.Holders, day),
                UnanimityRule or ConsensusRule => roster ?? [],
                _ => [],
            });
            var blockers = canBlock.Where(m => m != subject && !ledger.StatusOn(m, day).IsRecognised).Distinct()
                .OrderBy(m => m.Value, StringComparer.Ordinal).ToList();
            return new StageStatus(stage, last, last is null ? null : Evaluate(last), roster?.Count, recognising?.Count, blockers);
        }).ToList();
        // A lapsing recommendation is spent by the first vote of a later stage held after it.
        stages = [.. stages.Select((s, i) => s is { Stage.Lapses: not null, LastVote: { } passed, Verdict.Passed: true }
            ? s with { SpentBy = stages.Skip(i + 1).Select(later => Votes.Where(v => v.Organisation == organisation && v.Body == later.Stage.Body
                    && v.Subject == subject && v.Motion == AdmissionProcedure.AdmissionMotion && v.Date > passed.Date && v.Date <= day).MinBy(v => v.Date))
                .OfType<RecordedVote>().MinBy(v => v.Date) }
            : s)];
        var prerequisites = (procedure.Prerequisites ?? []).Select(p => Check(p, subject, day, stages)).ToList();
        return new AdmissionCheck(subject, procedure, day, perspective, StatusIn(organisation, subject, day), stages, prerequisites);
    }

    private PrerequisiteStatus Check(Prerequisite prerequisite, EntityCode subject, DateOnly day, List<StageStatus> stages) => prerequisite switch
    {
        NoMoratoriumPrerequisite m => Events.FirstOrDefault(e => e.Id == m.Event) is { } e
            ? InForce(e, day)
                ? new(m, false, $"moratorium in force from {e.Date} until {e.Until}: {e.Title}")
                : new(m, true, $"no moratorium in force ({e.Title}: {e.Date} to {e.Until})")
            : new(m, null, $"event '{m.Event}' is not recorded"),
        MemberOfPrerequisite m => StatusIn(m.Organisation, subject, day) is { } s && s.IsMemberOn(day)
            ? new(m, true, $"{subject} is a member of {m.Organisation} since {s.Since?.ToString() ?? "before records"}")
            : new(m, false, $"{subject} is not a member of {m.Organisation}{(m.Binding ? "" : " (a requirement of practice, not of law)")}"),
        StagePassedPrerequisite m => stages.FirstOrDefault(s => s.Stage.Id == m.Stage) is { } stage
            ? new(m, stage.Passed, stage.Passed ? $"{m.Stage} passed on {stage.LastVote!.Date:yyyy-MM-dd}"
                : stage.SpentBy is { } spent ? $"{m.Stage} passed on {stage.LastVote!.Date:yyyy-MM-dd}, but that recommendation was spent by the {spent.Body} vote of {spent.Date:yyyy-MM-dd}: {stage.Stage.Lapses!.Description}"
                : $"{m.Stage} has not passed")
            : new(m, null, $"stage '{m.Stage}' is not in the procedure"),
        _ => new(prerequisite, null, "unknown prerequisite"),
    };

    private static bool InForce(SubjectEvent e, DateOnly day) => e.Date.Date <= day && (e.Until is null || day < e.Until.Value.Date);

    /// <summary>
    /// How many of the body's members did not vote in <paramref name="vote"/>: as recorded, else the body's roster on
    /// the day less those who voted; null when neither is known.
    /// </summary>
    public int? Absentees(RecordedVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return vote.AbsentKnown ? vote.Tally.Absent
            : BodyRoster(vote.Organisation, vote.Body, vote.Date) is { } roster ? Math.Max(0, roster.Count - vote.Tally.Present) : null;
    }

    /// <summary>
    /// The tallies of the votes held before <paramref name="day"/> (by <paramref name="organisation"/>'s
    /// <paramref name="body"/> when given), added up, with their absentees; votes whose absentees cannot be known are
    /// left out. Null when there is no such vote.
    /// </summary>
    public Tally? TalliesBefore(DateOnly day, OrganisationId? organisation = null, string? body = null)
    {
        var votes = Votes.Where(v => v.Date < day && v.Tally.Present > 0 && (organisation is null || v.Organisation == organisation) && (body is null || v.Body == body))
            .Select(v => (v.Tally, Absent: Absentees(v))).Where(v => v.Absent is not null).ToList();
        return votes.Count == 0 ? null
            : new Tally(votes.Sum(v => v.Tally.Yes), votes.Sum(v => v.Tally.No), votes.Sum(v => v.Tally.Abstain), votes.Sum(v => v.Absent!.Value));
    }

    /// <summary>The members of the body's roster on the date, or null when the roster is not on record.</summary>
    public HashSet<EntityCode>? BodyRoster(OrganisationId organisation, string bodyId, DateOnly day)
    {
        var body = Organisation(organisation)?.Bodies.FirstOrDefault(b => b.Id == bodyId);
        var rosterId = body?.Roster ?? organisation;
        return Roster(rosterId).Count == 0 ? null : MembersOn(rosterId, day).ToHashSet();
    }
}
