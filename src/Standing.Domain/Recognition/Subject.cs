using Standing.Domain.Entities;
using Standing.Domain.Sources;

namespace Standing.Domain.Recognition;

/// <summary>An entity whose recognition Standing tracks.</summary>
/// <param name="Code">The subject's code.</param>
/// <param name="Declared">The date of its declaration of independence: no recognition can precede it.</param>
/// <param name="ContestedBy">The state that contests it (Serbia for Kosovo), whose claims the contesting perspective follows.</param>
/// <param name="Source">Where the declaration date is stated.</param>
public sealed record Subject(EntityCode Code, DateOnly Declared, EntityCode ContestedBy, SourceRef Source);
