using System.Globalization;
using System.Text;
using System.Text.Json;
using Standing.Data.Files;
using Standing.Domain;
using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using Standing.Domain.Relations;

namespace Standing.Data.Tests;

/// <summary>
/// docs/data.md's figures come from the data: its file table and its table of quoted counts are generated here, and the
/// test fails when the document and the data disagree. To regenerate them:
/// <c>STANDING_UPDATE_DOCS=1 dotnet test --project tests/Standing.Data.Tests</c>.
/// </summary>
public sealed class DataDocTests
{
    private static string Root => Path.GetDirectoryName(RepositoryData.Directory)!;

    private static string DataDoc => Path.Combine(Root, "docs", "data.md");

    [Theory]
    [InlineData("files")]
    [InlineData("milestones")]
    [InlineData("relations")]
    public void DataDoc_GeneratedSection_MatchesTheData(string section)
    {
        var expected = section switch { "files" => FileTable(), "milestones" => MilestoneTable(), _ => RelationCoverage() };
        GeneratedSection.Check(DataDoc, section, expected, "dotnet test --project tests/Standing.Data.Tests");
    }

    private static string FileTable()
    {
        var r = RepositoryRegistry.Registry;
        var events = r.RecognitionEvents;
        string Kinds() => string.Join(", ", events.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToKebab()}"));
        var reported = events.Count(e => e.FirstReport is not null);
        var rows = new (string File, string Rows, string What)[]
        {
            ("`entities.csv`", Rows("entities.csv"), $"{r.Entities.Count(e => r.IsUnMember(e.Code, new DateOnly(2026, 1, 1)))} UN members (on 2026-01-01) and every other state, entity and territory that the data names"),
            ("`subjects.csv`", Rows("subjects.csv"), "the subjects whose recognition is tracked (Kosovo: declared 2008-02-17, contested by Serbia)"),
            ("`recognitions.csv`", Rows("recognitions.csv"), $"recognition events of Kosovo ({Kinds()}) by {events.Select(e => e.State).Distinct().Count()} states"),
            ("`first-reports.csv`", Rows("first-reports.csv"), $"when {reported} of those events were first made public, where that was another day (`--as-known-on`)"),
            ("`claims.csv`", Rows("claims.csv"), $"statements about {r.Claims.Select(c => (c.State, c.Event, c.EventDate)).Distinct().Count()} claimed events by {r.Claims.Select(c => c.Party).Distinct().Count()} parties"),
            ("`positions.csv`", Rows("positions.csv"), $"stated positions of {r.Positions.Select(p => p.State).Distinct().Count()} non-recognisers and other parties"),
            ("`organisations.json`", JsonRows("organisations.json"), "the organisations, their bodies, and one source each"),
            ("`memberships/*.csv`", Rows("memberships"), $"dated memberships of {r.Organisations.Count(o => r.Roster(o.Id).Any(m => m.State != EntityCode.Kosovo))} organisations and bodies, and Kosovo's own statuses"),
            ("`events.csv`", Rows("events.csv"), "dated events: the declaration, the ICJ request and opinion, agreements, moratoria, applications and votes"),
            ("`observations.csv`", Rows("observations.csv"), "time series quoted by sources: opinion polls, KFOR strength, recognition counts"),
            ("`rules/*.json`", Files("rules", "*.json", exclude: "schema.json"), "admission procedures (see [guide/rules.md](guide/rules.md)), checked against `rules/schema.json`"),
            ("`rules/weights/*.csv`", Rows(Path.Combine("rules", "weights")), "vote weights of weighted bodies (IMF votes, EU population)"),
            ("`votes/votes.csv`", Rows(Path.Combine("votes", "votes.csv")), $"recorded admission and status votes; `votes/members/` holds member-by-member votes for {Directory.GetFiles(Path.Combine(RepositoryData.Directory, "votes", "members")).Length} of them"),
            ("`cooperation/*.csv`", Rows("cooperation"), "police-cooperation agencies, arrangements, request statistics and operations (see [guide/cooperation.md](guide/cooperation.md))"),
            ("`relations-*.csv`", string.Join(" + ", Directory.GetFiles(RepositoryData.Directory, "relations-*.csv").Order(StringComparer.Ordinal).Select(f => Rows(Path.GetFileName(f)))),
                "relations beyond recognition: diplomatic relations, missions, travel documents and visas (see below)"),
            ("`relation-claims.csv`", Rows("relation-claims.csv"), "statements about contested relations"),
            ("`org-positions.csv`", Rows("org-positions.csv"), $"stated positions of {r.OrganisationPositions.Select(p => p.Organisation).Distinct().Count()} organisations and bodies"),
            ("`sources/*.csv`", Rows("sources"), "one row per cited page: URL, title, publisher, date read"),
        };
        var table = new StringBuilder("| file | rows | what |\n|---|---|---|\n");
        foreach (var (file, count, what) in rows)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {file} | {count} | {what} |\n");
        }

        return table.ToString();
    }

    /// <summary>
    /// The coverage table of <c>standing relations --coverage</c>, and the states that <c>standing gaps</c> finds
    /// recognising Kosovo on <see cref="CoverageDay"/> with nothing on record about diplomatic relations: no diplomatic
    /// row in force, and no embassy or accredited ambassador either way.
    /// </summary>
    private static string RelationCoverage()
    {
        var r = RepositoryRegistry.Registry;
        var table = new StringBuilder("| kind | value | rows | states | unverified |\n|---|---|---|---|---|\n");
        foreach (var c in r.Coverage(EntityCode.Kosovo))
        {
            var bold = c.Value == Registry.AllValues ? "**" : "";
            table.Append(CultureInfo.InvariantCulture, $"| {bold}{c.Kind.ToKebab()}{bold} | {bold}{c.Value}{bold} | {bold}{c.Rows}{bold} | {bold}{c.States}{bold} | {bold}{c.Unverified}{bold} |\n");
        }

        var missing = RecognisersWithNothingOnRecord();
        table.Append(CultureInfo.InvariantCulture,
            $"\nRecognising on {CoverageDay:yyyy-MM-dd} with nothing on record about diplomatic relations ({missing.Count}): {string.Join(" ", missing.DefaultIfEmpty("none"))}.\n");
        return table.ToString();
    }

    // Every recogniser has a diplomatic-relations row or a mission, even if only a "none" marked unverified: a state
    // added to the recognitions without one fails here rather than going unnoticed in the generated list.
    [Fact]
    public void Data_EveryRecogniser_HasSomethingOnRecordAboutDiplomaticRelations() =>
        Assert.Empty(RecognisersWithNothingOnRecord());

    /// <summary>The states <c>standing gaps</c> finds recognising without relations and without even a "none" row in force.</summary>
    private static List<string> RecognisersWithNothingOnRecord()
    {
        var r = RepositoryRegistry.Registry;
        var diplomatic = r.RelationsOn(EntityCode.Kosovo, CoverageDay, RelationKind.Diplomatic).Select(x => x.State).ToHashSet();
        return r.Gaps(EntityCode.Kosovo, CoverageDay, Perspective.Default)
            .Where(g => g.Gap == "recognises-without-relations" && !diplomatic.Contains(g.State)).Select(g => g.State.Value).ToList();
    }

    private static readonly DateOnly CoverageDay = new(2026, 12, 5);

    private static string MilestoneTable()
    {
        var table = new StringBuilder("| date | quoted | recognising | UN members | ever recognised | known then | ever, known then | quoted by |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var m in RepositoryRegistry.Registry.Milestones(EntityCode.Kosovo, Perspective.Default))
        {
            var who = m.Quoted.Detail.Length > 100 ? m.Quoted.Detail[..100].TrimEnd() + "…" : m.Quoted.Detail;
            table.Append(CultureInfo.InvariantCulture,
                $"| {m.Quoted.Date} | {m.Quoted.Value} | {m.Recognising} | {m.UnMembersRecognising} | {m.EverRecognised} | {m.KnownThen} | {m.EverRecognisedKnownThen} | {who.Replace("|", "/", StringComparison.Ordinal)} |\n");
        }

        return table.ToString();
    }

    /// <summary>Data rows of a CSV file, or of every CSV file in a folder, with thousands separators.</summary>
    private static string Rows(string path)
    {
        var full = Path.Combine(RepositoryData.Directory, path);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            return "0";
        }

        var files = Directory.Exists(full) ? Directory.GetFiles(full, "*.csv") : [full];
        return files.Sum(f => CsvReader.Read(File.ReadAllText(f)).Count() - 1).ToString("N0", CultureInfo.InvariantCulture);
    }

    private static string JsonRows(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryData.Directory, file))).RootElement.GetArrayLength().ToString(CultureInfo.InvariantCulture);

    private static string Files(string folder, string pattern, string exclude) =>
        Directory.GetFiles(Path.Combine(RepositoryData.Directory, folder), pattern).Count(f => Path.GetFileName(f) != exclude).ToString(CultureInfo.InvariantCulture);
}
