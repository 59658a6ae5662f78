namespace Standing.Domain.Recognition;

/// <summary>Where one state's recognition of a subject stands on a date.</summary>
public enum RecognitionState
{
    /// <summary>No recognition on record up to the date.</summary>
    NeverRecognised,

    /// <summary>The state recognises the subject.</summary>
    Recognised,

    /// <summary>The state recognised the subject and has withdrawn that recognition.</summary>
    Withdrawn,
}

/// <summary>One state's recognition of a subject on a date, with the events that put it there.</summary>
/// <param name="State">Where the recognition stands.</param>
/// <param name="FirstRecognition">The state's first recognition up to the date, if any.</param>
/// <param name="LastEvent">The latest event up to the date, if any.</param>
public readonly record struct RecognitionStatus(RecognitionState State, RecognitionEvent? FirstRecognition, RecognitionEvent? LastEvent)
{
    /// <summary>Whether the subject is recognised on the date.</summary>
    public bool IsRecognised => State == RecognitionState.Recognised;

    /// <summary>The date of the event that began the current state (the withdrawal for a withdrawn recognition); null if never recognised.</summary>
    public Time.PartialDate? Since => State == RecognitionState.NeverRecognised ? null : LastEvent?.Date;
}
