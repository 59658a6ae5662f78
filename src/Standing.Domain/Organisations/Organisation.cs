using Standing.Domain.Sources;

namespace Standing.Domain.Organisations;

/// <summary>A body of an organisation that takes decisions, such as the UN General Assembly.</summary>
/// <param name="Id">Its id, unique within the organisation (<c>general-assembly</c>).</param>
/// <param name="Name">Its name.</param>
/// <param name="Roster">The organisation (or sub-roster) whose members sit in it.</param>
public sealed record Body(string Id, string Name, OrganisationId Roster);

/// <summary>An international organisation, or a sub-roster of one (the Security Council's permanent members).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Parent">The organisation it belongs to, if it is a body or sub-roster.</param>
/// <param name="Bodies">Its deciding bodies.</param>
/// <param name="Source">Where its description comes from.</param>
public sealed record Organisation(OrganisationId Id, string Name, OrganisationId? Parent, IReadOnlyList<Body> Bodies, SourceRef Source);
