using System.ComponentModel;
using SozialHub.Api.ActionFields;
using SozialHub.Api.Database;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Cooperations;

/// <summary>
/// A Kooperation between two organisations (methods.md §8). One proposes, the other confirms; it counts, and
/// is public, only when both have confirmed (issue 7 adds the confirmation and hides unconfirmed ones).
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

    public bool IsConfirmed => ProposerConfirmedAt is not null && PartnerConfirmedAt is not null;
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
