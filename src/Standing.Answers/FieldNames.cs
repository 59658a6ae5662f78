using System.Text.Json;

namespace Standing.Answers;

/// <summary>The names both edges give a field the domain or an answer reports, in the API's camelCase; the command
/// line writes them in kebab-case after <c>--</c> (<c>afterRound</c>, <c>--after-round</c>). A field may be several
/// joined by '/', e.g. <c>yes/no/abstain</c>.</summary>
public static class FieldNames
{
    /// <summary>The edge names of <paramref name="field"/>, one per '/'-separated part.</summary>
    public static IEnumerable<string> Of(string field) => field.Split('/').Select(f => f == "organisation" ? "org" : f);

    /// <summary>The edge names of the field a refused question got wrong, and what is wrong with it; null when
    /// <paramref name="e"/> is not a refused question.</summary>
    public static (IEnumerable<string> Names, string Problem)? OfFault(Exception e) => e switch
    {
        AnswerInputException a => (Of(JsonNamingPolicy.CamelCase.ConvertName(a.Field.ToString())), a.Problem),
        // A change's fields are named as the fact's, not as a question's parameters.
        EditInputException x => ([x.Field], x.Problem),
        Domain.Admission.VoteInputException v => (Of(v.Field), v.Problem),
        Domain.CooperationInputException c => (Of(c.Field), c.Problem),
        _ => null,
    };
}
