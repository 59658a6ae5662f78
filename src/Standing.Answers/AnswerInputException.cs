namespace Standing.Answers;

/// <summary>The fields of a question that an answer can find fault with, in neutral terms; each edge names them its own way.</summary>
public enum AnswerField
{
    To,
    Organisation,
    Bloc,
    Quota,
    Weights,
    AfterRound,
}

/// <summary>A question an answer cannot take, naming the field at fault; the command line names its option, the API its parameter.</summary>
/// <param name="field">The field at fault.</param>
/// <param name="problem">What is wrong, without naming the field.</param>
public sealed class AnswerInputException(AnswerField field, string problem) : Exception($"{field}: {problem}")
{
    public AnswerField Field { get; } = field;

    public string Problem { get; } = problem;
}
