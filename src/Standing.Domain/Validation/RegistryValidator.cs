using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;
using Standing.Domain.Cooperation;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Sources;

namespace Standing.Domain.Validation;

/// <summary>Checks that the data hangs together before anything is imported.</summary>
/// <remarks>
/// Checks: unknown entity, organisation and source references; duplicate rows and ids; recognition events out of
/// order (a withdrawal with nothing to withdraw, a recognition before the subject declared independence);
/// overlapping periods of one state in one organisation. Rows without a source are caught when the files are read.
/// </remarks>
public static class RegistryValidator
{
    /// <summary>Every problem in <paramref name="input"/>, in file and line order.</summary>
    public static ValidationReport Validate(RegistryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<Problem>();
        var codes = Unique(input.Entities, e => e.Code, "duplicate-entity", c => $"entity {c} is defined twice", problems);
        var urls = Unique(input.Sources, s => s.Url, "duplicate-source", u => $"source {u} is described twice", problems);
        var orgIds = Unique(input.Organisations, o => o.Id, "duplicate-organisation", o => $"organisation {o} is defined twice", problems);
        var subjects = input.Subjects.ToDictionary(s => s.Value.Code, s => s.Value);

        void Code(EntityCode code, string field, string where)
        {
            if (!codes.Contains(code))
            {
                problems.Add(new("unknown-code", $"{field} '{code}' is not in entities.csv", where));
            }
        }

        void Src(SourceRef source, string where)
        {
            if (source.IsVerified && !urls.Contains(source.Value))
            {
                problems.Add(new("unknown-source", $"source '{source}' is not described in data/sources/", where));
            }
        }

        void Org(OrganisationId id, string field, string where)
        {
            if (!orgIds.Contains(id))
            {
                problems.Add(new("unknown-organisation", $"{field} '{id}' is not in organisations.json", where));
            }
        }

        void RelationValue(Relations.RelationKind kind, string value, string at)
        {
            if (!Relations.Relation.Values[kind].Contains(value))
            {
                problems.Add(new("bad-value", $"{kind.ToKebab()} value '{value}' is not one of {string.Join(", ", Relations.Relation.Values[kind])}", at));
            }
        }

        foreach (var (e, at) in input.Entities.Select(x => (x.Value, x.Location)))
        {
            Src(e.Source, at);
        }

        foreach (var (s, at) in input.Subjects.Select(x => (x.Value, x.Location)))
        {
            Code(s.Code, "subject", at);
            Code(s.ContestedBy, "contested_by", at);
            Src(s.Source, at);
        }

        foreach (var (o, at) in input.Organisations.Select(x => (x.Value, x.Location)))
        {
            if (o.Parent is { } parent)
            {
                Org(parent, "parent", at);
            }

            foreach (var body in o.Bodies)
            {
                Org(body.Roster, $"body {body.Id} roster", at);
            }

            Src(o.Source, at);
        }

        CheckRecognitions(input, subjects, Code, Src, problems);

        foreach (var (c, at) in input.Claims.Select(x => (x.Value, x.Location)))
        {
            Code(c.Subject, "subject", at);
            Code(c.State, "code", at);
            Code(c.Party, "party", at);
            Src(c.Source, at);
        }

        Duplicates(input.Claims, c => c.Id, "duplicate-row", k => $"claim id '{k}' is used twice", problems);

        foreach (var (p, at) in input.Positions.Select(x => (x.Value, x.Location)))
        {
            Code(p.Subject, "subject", at);
            Code(p.State, "code", at);
            Src(p.Source, at);
        }

        Duplicates(input.Positions, p => (p.Subject, p.State, p.Text), "duplicate-row", k => $"position of {k.State} is repeated", problems);

        foreach (var (m, at) in input.Memberships.Select(x => (x.Value, x.Location)))
        {
            Org(m.Organisation, "org", at);
            Code(m.State, "code", at);
            Src(m.Source, at);
        }

        CheckMembershipOverlaps(input, problems);

        foreach (var (e, at) in input.Events.Select(x => (x.Value, x.Location)))
        {
            Code(e.Subject, "subject", at);
            Src(e.Source, at);
        }

        Duplicates(input.Events, e => e.Id, "duplicate-row", k => $"event id '{k}' is used twice", problems);

        foreach (var (o, at) in input.Observations.Select(x => (x.Value, x.Location)))
        {
            Src(o.Source, at);
        }

        Duplicates(input.Observations, o => (o.Series, o.Date, o.Detail), "duplicate-row", k => $"observation {k.Series} {k.Date} is repeated", problems);

        CheckProcedures(input, Code, Org, Src, problems);
        CheckCooperation(input, codes, Org, Src, problems);
        foreach (var (r, at) in input.Relations.Select(x => (x.Value, x.Location)))
        {
            Code(r.Subject, "subject", at);
            Code(r.State, "code", at);
            Src(r.Source, at);
            RelationValue(r.Kind, r.Value, at);
        }

        foreach (var (c, at) in input.RelationClaims.Select(x => (x.Value, x.Location)))
        {
            Code(c.Subject, "subject", at);
            Code(c.State, "code", at);
            Code(c.Party, "party", at);
            Src(c.Source, at);
            RelationValue(c.Kind, c.Value, at);
        }

        Duplicates(input.RelationClaims, c => c.Id, "duplicate-row", k => $"relation claim id '{k}' is used twice", problems);

        // One value at a time for exclusive kinds (relations cannot be established and "none" at once); per value otherwise.
        foreach (var group in input.Relations.Where(r => !Relations.Relation.MayRepeat(r.Value.Kind, r.Value.Value)).GroupBy(r => (r.Value.Subject, r.Value.State, r.Value.Kind, Value: Relations.Relation.IsExclusive(r.Value.Kind) ? "" : r.Value.Value)))
        {
            var periods = group.OrderBy(r => r.Value.Period.Start).ToList();
            for (var i = 1; i < periods.Count; i++)
            {
                if (periods[i - 1].Value.Period.Overlaps(periods[i].Value.Period))
                {
                    problems.Add(new("overlapping-relation",
                        $"{periods[i].Value.State} {periods[i].Value.Kind.ToKebab()} {periods[i].Value.Value} {periods[i].Value.Period} overlaps {periods[i - 1].Value.Period} ({periods[i - 1].Location})",
                        periods[i].Location));
                }
            }
        }

        foreach (var (p, at) in input.OrganisationPositions.Select(x => (x.Value, x.Location)))
        {
            Code(p.Subject, "subject", at);
            Org(p.Organisation, "org", at);
            Src(p.Source, at);
        }

        Duplicates(input.OrganisationPositions, p => (p.Organisation, p.Text), "duplicate-row", k => $"position of {k.Organisation} is repeated", problems);
        if (input.Priors is { } priors)
        {
            foreach (var missing in Voting.ForecastPriors.RequiredCategories.Where(c => !priors.Value.Categories.ContainsKey(c)))
            {
                problems.Add(new("bad-priors", $"category '{missing}' is missing", priors.Location));
            }

            foreach (var (name, p) in priors.Value.Categories)
            {
                if (new[] { p.Yes, p.No, p.Abstain, p.Absent }.Any(x => x < 0 || x > 1) || Math.Abs(p.Yes + p.No + p.Abstain + p.Absent - 1) > 1e-9)
                {
                    problems.Add(new("bad-priors", $"category '{name}': probabilities must be in [0, 1] and sum to 1", priors.Location));
                }
            }

            foreach (var bloc in priors.Value.Blocs)
            {
                Org(bloc, "bloc", priors.Location);
            }
        }

        return new([.. problems.Distinct().OrderBy(p => p.Path, PathComparer.Instance)]);
    }

    private static void CheckProcedures(
        RegistryInput input,
        Action<EntityCode, string, string> code,
        Action<OrganisationId, string, string> org,
        Action<SourceRef, string> src,
        List<Problem> problems)
    {
        var organisations = input.Organisations.Select(o => o.Value).GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First());
        var events = input.Events.Select(e => e.Value.Id).ToHashSet(StringComparer.Ordinal);
        Duplicates(input.Procedures, p => p.Organisation, "duplicate-procedure", o => $"{o} has two procedures", problems);
        foreach (var (p, at) in input.Procedures.Select(x => (x.Value, x.Location)))
        {
            org(p.Organisation, "organisation", at);
            var bodies = organisations.TryGetValue(p.Organisation, out var o) ? o.Bodies.Select(b => b.Id).ToHashSet(StringComparer.Ordinal) : [];
            foreach (var source in p.Sources)
            {
                src(Url(source), at);
            }

            foreach (var stage in p.Stages)
            {
                if (!bodies.Contains(stage.Body))
                {
                    problems.Add(new("unknown-body", $"stage {stage.Id}: body '{stage.Body}' is not a body of {p.Organisation} in organisations.json", at));
                }

                var rules = stage.Rule.Flatten().Concat((stage.Readings ?? []).SelectMany(r => r.Rule.Flatten()));
                foreach (var rule in rules)
                {
                    src(Url(rule.Source), at);
                    if (rule is VetoRule veto)
                    {
                        org(veto.Holders, $"rule {rule.Id} holders", at);
                    }

                }
            }

            foreach (var prerequisite in p.Prerequisites ?? [])
            {
                src(Url(prerequisite.Source), at);
                var missing = prerequisite switch
                {
                    NoMoratoriumPrerequisite m when !events.Contains(m.Event) => $"event '{m.Event}' is not in events.csv",
                    StagePassedPrerequisite m when p.Stages.All(s => s.Id != m.Stage) => $"stage '{m.Stage}' is not a stage of the procedure",
                    MemberOfPrerequisite m when !organisations.ContainsKey(m.Organisation) => $"organisation '{m.Organisation}' is not in organisations.json",
                    _ => null,
                };
                if (missing is not null)
                {
                    problems.Add(new("bad-prerequisite", missing, at));
                }
            }
        }

        foreach (var (w, at) in input.Weights.Select(x => (x.Value, x.Location)))
        {
            code(w.Member, "code", at);
            src(w.Source, at);
        }

        Duplicates(input.Weights, w => (w.Table, w.Member), "duplicate-row", k => $"{k.Member} weighs twice in {k.Table}", problems);

        var procedures = input.Procedures.Select(p => p.Value).GroupBy(p => p.Organisation).ToDictionary(g => g.Key, g => g.First());
        foreach (var (v, at) in input.Votes.Select(x => (x.Value, x.Location)))
        {
            code(v.Subject, "subject", at);
            src(v.Source, at);
            if (new[] { v.Tally.Yes, v.Tally.No, v.Tally.Abstain, v.Tally.Absent }.Any(n => n < 0))
            {
                problems.Add(new("bad-tally", $"vote {v.Id}: a count is negative ({v.Tally})", at));
            }

            var stage = procedures.TryGetValue(v.Organisation, out var procedure) ? procedure.StageFor(v.Body, v.Motion) : null;
            if (stage is null)
            {
                problems.Add(new("unknown-body", $"vote {v.Id}: {v.Organisation} has no {v.Motion} decision by '{v.Body}'", at));
            }
            else if (v.Round < 1 || v.Round > stage.Rounds)
            {
                problems.Add(new("bad-round", $"vote {v.Id}: round {v.Round}, but {v.Organisation} {v.Body} holds {stage.Rounds}", at));
            }
        }

        Duplicates(input.Votes, v => v.Id, "duplicate-row", k => $"vote id '{k}' is used twice", problems);
        CheckRollCalls(input, code, src, problems);
    }

    /// <summary>
    /// A published roll call adds up to its vote's tally, member by member; a partial one stays within it; delegation
    /// votes add up to the tally of a body whose members vote as individuals; a secret or unpublished vote lists no one.
    /// </summary>
    private static void CheckRollCalls(RegistryInput input, Action<EntityCode, string, string> code, Action<SourceRef, string> src, List<Problem> problems)
    {
        var votes = input.Votes.GroupBy(v => v.Value.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (e, at) in input.RollCalls.Select(x => (x.Value, x.Location)))
        {
            code(e.Member, "code", at);
            src(e.Source, at);
            if (!votes.ContainsKey(e.Vote))
            {
                problems.Add(new("unknown-vote", $"roll call of '{e.Vote}', which is not in votes/votes.csv", at));
            }
        }

        foreach (var (d, at) in input.DelegationVotes.Select(x => (x.Value, x.Location)))
        {
            code(d.Member, "code", at);
            src(d.Source, at);
            if (!votes.ContainsKey(d.Vote))
            {
                problems.Add(new("unknown-vote", $"delegation votes of '{d.Vote}', which is not in votes/votes.csv", at));
            }

            if (d.Yes < 0 || d.No < 0 || d.Abstain < 0)
            {
                problems.Add(new("bad-tally", $"{d.Member}: a count is negative", at));
            }

            if (d.Yes is null && d.No is null && d.Abstain is null)
            {
                problems.Add(new("bad-tally", $"{d.Member}: no count is given (yes, no and abstain are all empty)", at));
            }
        }

        Duplicates(input.RollCalls, e => (e.Vote, e.Member), "duplicate-row", k => $"{k.Member} votes twice in {k.Vote}", problems);
        Duplicates(input.DelegationVotes, d => (d.Vote, d.Member), "duplicate-row", k => $"{k.Member}'s delegation is listed twice in {k.Vote}", problems);
        var rollCalls = input.RollCalls.ToLookup(e => e.Value.Vote, StringComparer.Ordinal);
        var delegations = input.DelegationVotes.ToLookup(d => d.Value.Vote, StringComparer.Ordinal);
        foreach (var (v, at) in input.Votes.Select(x => (x.Value, x.Location)))
        {
            var entries = rollCalls[v.Id].Select(e => e.Value).ToList();
            var listed = new Tally(
                entries.Count(e => e.Choice == VoteChoice.Yes), entries.Count(e => e.Choice == VoteChoice.No),
                entries.Count(e => e.Choice == VoteChoice.Abstain), entries.Count(e => e.Choice == VoteChoice.Absent));
            var byDelegation = delegations[v.Id].Select(d => d.Value).ToList();
            var counted = DelegationCounts(byDelegation, v.Tally);
            var ballot = v.Ballot.ToKebab();
            var problem = v.Ballot switch
            {
                Ballot.RollCall when entries.Count == 0 => $"vote {v.Id} is a {ballot} but votes/members/{v.Id}.csv lists no one",
                Ballot.RollCall when (listed.Yes, listed.No, listed.Abstain) != (v.Tally.Yes, v.Tally.No, v.Tally.Abstain)
                    || (v.AbsentKnown && listed.Absent != v.Tally.Absent) =>
                    $"vote {v.Id}: its roll call adds up to {listed}, but the recorded tally is {v.Tally}{(v.AbsentKnown ? "" : " (absent not recorded)")}",
                Ballot.Partial when entries.Count == 0 => $"vote {v.Id} is {ballot} but votes/members/{v.Id}.csv lists no one",
                Ballot.Partial when listed.Yes > v.Tally.Yes || listed.No > v.Tally.No || listed.Abstain > v.Tally.Abstain
                    || (v.AbsentKnown && listed.Absent > v.Tally.Absent) =>
                    $"vote {v.Id}: its partial roll call ({listed}) names more members than the recorded tally ({v.Tally})",
                Ballot.ByDelegation when byDelegation.Count == 0 => $"vote {v.Id} is {ballot} but votes/delegations/{v.Id}.csv lists no delegation",
                Ballot.ByDelegation when counted is not null => $"vote {v.Id}: its delegations add up to {counted}, but the recorded tally is {v.Tally}",
                not Ballot.ByDelegation when byDelegation.Count > 0 => $"vote {v.Id} is {ballot}, so it cannot have delegation votes",
                Ballot.Secret or Ballot.NotPublished or Ballot.ByDelegation when entries.Count > 0 => $"vote {v.Id} is {ballot}, so it cannot have a roll call",
                _ => null,
            };
            if (problem is not null)
            {
                problems.Add(new("bad-roll-call", problem, at));
            }
        }
    }

    /// <summary>
    /// Null when the delegations agree with the tally: a count every delegation gives sums to the tally's; one that some
    /// leave empty (not published) stays within it. Otherwise the sums, to show beside the tally.
    /// </summary>
    private static string? DelegationCounts(IReadOnlyList<DelegationVote> delegations, Tally tally)
    {
        (string Name, int Sum, bool Fits) Column(string name, Func<DelegationVote, int?> count, int recorded)
        {
            var sum = delegations.Sum(count) ?? 0;
            var complete = delegations.All(d => count(d) is not null);
            return (name, sum, complete ? sum == recorded : sum <= recorded);
        }

        (string Name, int Sum, bool Fits)[] columns =
            [Column("yes", d => d.Yes, tally.Yes), Column("no", d => d.No, tally.No), Column("abstain", d => d.Abstain, tally.Abstain)];
        return columns.All(c => c.Fits) ? null : string.Join(", ", columns.Select(c => $"{c.Sum} {c.Name}"));
    }

    private static void CheckCooperation(
        RegistryInput input, HashSet<EntityCode> codes, Action<OrganisationId, string, string> org, Action<SourceRef, string> src, List<Problem> problems)
    {
        var agencies = Unique(input.Agencies, a => a.Id, "duplicate-agency", id => $"agency {id} is defined twice", problems);
        bool Known(AgencyId id) => agencies.Contains(id) || (id.Country is { } c && codes.Contains(c));
        foreach (var (a, at) in input.Agencies.Select(x => (x.Value, x.Location)))
        {
            src(a.Source, at);
            if (a.Parent is { } parent && !agencies.Contains(parent))
            {
                problems.Add(new("unknown-agency", $"parent '{parent}' is not in agencies.csv", at));
            }

            if (a.Country is { } country && !codes.Contains(country))
            {
                problems.Add(new("unknown-code", $"country '{country}' is not in entities.csv", at));
            }
        }

        Duplicates(input.Arrangements, a => a.Id, "duplicate-row", id => $"arrangement id '{id}' is used twice", problems);
        foreach (var (a, at) in input.Arrangements.Select(x => (x.Value, x.Location)))
        {
            src(a.Source, at);
            foreach (var end in a.Links.SelectMany(l => new[] { l.From, l.To }))
            {
                if (end.Agency is { } id && !Known(id))
                {
                    problems.Add(new("unknown-agency", $"arrangement {a.Id}: '{id}' is not in agencies.csv nor an NCB-/-POLICE of a known state", at));
                }

                if (end.MemberOf is { } o)
                {
                    org(o, $"arrangement {a.Id} pattern {end}", at);
                }
            }

            foreach (var type in a.Scope.Where(t => !Arrangement.RequestTypes.Contains(t)))
            {
                problems.Add(new("bad-value", $"arrangement {a.Id}: scope '{type}' is not one of {string.Join(", ", Arrangement.RequestTypes)}", at));
            }
        }

        foreach (var (c, at) in input.RequestCounts.Select(x => (x.Value, x.Location)))
        {
            src(c.Source, at);
            if (c.Requests < 0)
            {
                problems.Add(new("bad-number", $"{c.Year} {c.Channel}: {c.Requests} requests is negative", at));
            }
        }

        Duplicates(input.RequestCounts, c => (c.Year, c.Channel), "duplicate-row", k => $"{k.Channel} {k.Year} is counted twice", problems);
        foreach (var (e, at) in input.CooperationEvents.Select(x => (x.Value, x.Location)))
        {
            src(e.Source, at);
        }
    }

    private static SourceRef Url(RuleSource source) => new(string.IsNullOrWhiteSpace(source.Url) ? SourceRef.UnverifiedMarker : source.Url);

    private static void CheckRecognitions(
        RegistryInput input,
        Dictionary<EntityCode, Subject> subjects,
        Action<EntityCode, string, string> code,
        Action<SourceRef, string> src,
        List<Problem> problems)
    {
        foreach (var (r, at) in input.Recognitions.Select(x => (x.Value, x.Location)))
        {
            code(r.Subject, "subject", at);
            code(r.State, "code", at);
            src(r.Source, at);
            if (r.FirstReport is { } report)
            {
                src(report.Source, $"{at} (its first report in first-reports.csv)");
            }

            if (!subjects.TryGetValue(r.Subject, out var subject))
            {
                problems.Add(new("unknown-subject", $"subject '{r.Subject}' is not in subjects.csv", at));
            }
            else if (r.Date.Date < subject.Declared && r.Date.Precision == Time.DatePrecision.Day)
            {
                problems.Add(new("before-declaration",
                    $"{r.State} {r.Kind.ToString().ToLowerInvariant()} {r.Subject} on {r.Date}, before it declared independence on {subject.Declared:yyyy-MM-dd}", at));
            }
        }

        Duplicates(input.Recognitions, r => (r.Subject, r.State, r.Kind, r.Date), "duplicate-row",
            k => $"{k.State} {k.Kind.ToString().ToLowerInvariant()} {k.Subject} on {k.Date} is repeated", problems);

        // Each state's events must follow recognised -> withdrawn -> restored -> withdrawn -> ...
        foreach (var history in input.Recognitions.GroupBy(r => (r.Value.Subject, r.Value.State)))
        {
            var state = RecognitionState.NeverRecognised;
            // An exact repeat is reported once, as a duplicate, not again as out of order.
            foreach (var (r, at) in history.DistinctBy(r => (r.Value.Kind, r.Value.Date)).OrderBy(r => r.Value.Date).ThenBy(r => r.Value.Kind).Select(x => (x.Value, x.Location)))
            {
                var why = (r.Kind, state) switch
                {
                    (RecognitionEventKind.Recognised, RecognitionState.NeverRecognised) => null,
                    (RecognitionEventKind.Withdrawn, RecognitionState.Recognised) => null,
                    (RecognitionEventKind.Restored, RecognitionState.Withdrawn) => null,
                    (RecognitionEventKind.Withdrawn, _) => "withdrawn before any recognition in effect",
                    (RecognitionEventKind.Restored, _) => "restored without a withdrawal in effect",
                    _ => "recognised again (use 'restored' after a withdrawal)",
                };
                if (why is not null)
                {
                    problems.Add(new("out-of-order", $"{r.State} {why} ({r.Date})", at));
                }

                state = r.Kind == RecognitionEventKind.Withdrawn ? RecognitionState.Withdrawn : RecognitionState.Recognised;
            }
        }
    }

    private static void CheckMembershipOverlaps(RegistryInput input, List<Problem> problems)
    {
        foreach (var group in input.Memberships.GroupBy(m => (m.Value.Organisation, m.Value.State)))
        {
            var periods = group.OrderBy(m => m.Value.Period.Start).ToList();
            for (var i = 1; i < periods.Count; i++)
            {
                var (previous, current) = (periods[i - 1].Value, periods[i].Value);
                if (previous.Period.Overlaps(current.Period))
                {
                    problems.Add(new("overlapping-membership",
                        $"{current.State} in {current.Organisation}: {current.Status.ToString().ToLowerInvariant()} {current.Period} overlaps {previous.Status.ToString().ToLowerInvariant()} {previous.Period} ({periods[i - 1].Location})",
                        periods[i].Location));
                }
            }
        }
    }

    private static HashSet<TKey> Unique<T, TKey>(
        IReadOnlyList<Located<T>> items, Func<T, TKey> key, string problemCode, Func<TKey, string> message, List<Problem> problems)
    {
        Duplicates(items, key, problemCode, message, problems);
        return [.. items.Select(i => key(i.Value))];
    }

    private static void Duplicates<T, TKey>(
        IReadOnlyList<Located<T>> items, Func<T, TKey> key, string problemCode, Func<TKey, string> message, List<Problem> problems)
    {
        foreach (var group in items.GroupBy(i => key(i.Value)).Where(g => g.Count() > 1))
        {
            var first = group.First().Location;
            problems.AddRange(group.Skip(1).Select(dup => new Problem(problemCode, $"{message(group.Key)} (first at {first})", dup.Location)));
        }
    }

    /// <summary>Orders <c>file:line</c> paths by file, then numerically by line.</summary>
    private sealed class PathComparer : IComparer<string>
    {
        public static readonly PathComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            var (fx, lx) = Split(x ?? "");
            var (fy, ly) = Split(y ?? "");
            var byFile = string.CompareOrdinal(fx, fy);
            return byFile != 0 ? byFile : lx.CompareTo(ly);
        }

        private static (string File, int Line) Split(string path)
        {
            var colon = path.LastIndexOf(':');
            return colon > 0 && int.TryParse(path.AsSpan(colon + 1), out var line) ? (path[..colon], line) : (path, 0);
        }
    }
}
