using SozialHub.Api.ActionFields;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Contributions;

/// <summary>The contribution lists on the types contributions are about.</summary>
public static class TargetFields
{
    public static void AddTo(ActionFieldType type) =>
        type.TopLevelField("contributions", "Public comments on this action field (top-level; replies through `replies`).", ContributionKind.Comment,
            (list, ids) => list.Where(c => c.ActionFieldId != null && ids.Contains(c.ActionFieldId.Value)), c => c.ActionFieldId!.Value, a => a.Id);

    public static void AddTo(SocialSpaceType type)
    {
        type.TopLevelField("contributions", "Public comments on this social space (top-level; replies through `replies`).", ContributionKind.Comment,
            (list, ids) => list.Where(c => c.SocialSpaceId != null && ids.Contains(c.SocialSpaceId.Value)), c => c.SocialSpaceId!.Value, s => s.Id);
        type.TopLevelField("localKnowledge", "Public local knowledge (Ortswissen) in this social space.", ContributionKind.LocalKnowledge,
            (list, ids) => list.Where(c => c.SocialSpaceId != null && ids.Contains(c.SocialSpaceId.Value)), c => c.SocialSpaceId!.Value, s => s.Id);
    }
}
