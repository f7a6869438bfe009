using GraphQL.Types;

namespace SozialHub.Api.GraphQL;

/// <summary>A feature's contribution to the root mutation type.</summary>
/// <remarks>
/// Conventions (standards.md): one <c>input</c> argument, a payload with the changed object and typed
/// <c>errors</c> (<see cref="UserError"/>); bad input is answered in the payload and nothing is stored. Every field
/// declares who may run it (the authorization rule denies the others and requires the <c>hub.write</c> scope).
/// </remarks>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}

/// <summary>The root mutation: each feature adds its fields (see the features' *Mutations classes).</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        Description = "Changes to SozialHub's data; each needs the scope hub.write and the rights its description names.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
