using System.ComponentModel;
using SozialHub.Api.ActionFields;
using SozialHub.Api.Database;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Cooperations;

/// <summary>
/// A Kooperation between two organisations (methods.md §8). One proposes (which counts as its confirmation), the other
/// confirms or declines; it counts, and is public, only when both have confirmed.
/// </summary>
public sealed class Cooperation : Entity
{
    public int ProposerId { get; set; }

    public Organization Proposer { get; set; } = null!;

    public int PartnerId { get; set; }

    public Organization Partner { get; set; } = null!;

    public CooperationForm Form { get; set; }

    /// <summary>1 (loose) to 3 (close).</summary>
    public int Intensity { get; set; } = 1;

    public Formality Formality { get; set; }

    public List<ActionField> ActionFields { get; } = [];

    public DateOnly? Since { get; set; }

    public DateOnly? Until { get; set; }

    /// <summary>Markdown.</summary>
    public string Description { get; set; } = "";

    public DateTime? ProposerConfirmedAt { get; set; }

    public DateTime? PartnerConfirmedAt { get; set; }

    /// <summary>When the partner declined the proposal; a declined cooperation never becomes public.</summary>
    public DateTime? DeclinedAt { get; set; }

    public bool IsConfirmed => ProposerConfirmedAt is not null && PartnerConfirmedAt is not null;

    public CooperationStatus Status => DeclinedAt is not null ? CooperationStatus.Declined
        : IsConfirmed ? CooperationStatus.Confirmed
        : CooperationStatus.Proposed;
}

[Description("Where a cooperation stands between the two organisations.")]
public enum CooperationStatus
{
    [Description("Proposed by one side, waiting for the other (not public).")]
    Proposed,

    [Description("Both sides confirmed it: public and counted.")]
    Confirmed,

    [Description("The partner declined it (not public).")]
    Declined,
}

[Description("The form of a cooperation (methods.md §8).")]
public enum CooperationForm
{
    [Description("Spontaneous help (spontane Hilfe).")]
    SpontaneousHelp,

    [Description("Binding sharing of resources, e.g. rooms or staff (verbindliche Ressourcenteilung).")]
    ResourceSharing,

    [Description("A joint event (gemeinsame Veranstaltung).")]
    JointEvent,

    [Description("A project with a binding structure (Projekt mit verbindlicher Struktur).")]
    BindingProject,
}

[Description("How formally a cooperation is agreed.")]
public enum Formality
{
    [Description("Informal (informell).")]
    Informal,

    [Description("A written agreement (Vereinbarung).")]
    Agreement,

    [Description("A contract (Vertrag).")]
    Contract,
}
