using System.Reflection;
using System.Reflection.Emit;
using ArmsTrace.Core.Pipeline;

namespace ArmsTrace.Core.Tests;

/// <summary>
/// Core's namespaces depend on each other without cycles, so each folder can be read, tested and
/// moved knowing only the folders below it. Dependencies are read from signatures and from the
/// members method bodies use, as the compiled assembly has them.
/// </summary>
public sealed class NamespaceCycleTests
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void CoreNamespaces_HaveNoCycles()
    {
        var graph = Dependencies(typeof(AnalysisContext).Assembly);

        var cycles = StronglyConnected(graph).Where(c => c.Count > 1).Select(c => string.Join(" <-> ", c.Order(StringComparer.Ordinal))).ToList();

        Assert.True(cycles.Count == 0, "Namespaces in a cycle:\n" + string.Join('\n', cycles));
    }

    [Fact]
    public void Dependencies_SeeMembersUsedInMethodBodies()
    {
        var graph = Dependencies(typeof(AnalysisContext).Assembly);

        Assert.Contains("ArmsTrace.Core.Entities", graph["ArmsTrace.Core.Pipeline"]);
    }

    private static Dictionary<string, HashSet<string>> Dependencies(Assembly assembly)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            if (type.Namespace is not { } from)
            {
                continue;
            }

            if (!graph.TryGetValue(from, out var edges))
            {
                graph.Add(from, edges = new HashSet<string>(StringComparer.Ordinal));
            }

            foreach (var used in Used(type))
            {
                AddNamespaces(used, assembly, from, edges);
            }
        }

        return graph;
    }

    private static IEnumerable<Type> Used(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var f in type.GetFields(Declared))
        {
            yield return f.FieldType;
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo m)
            {
                yield return m.ReturnType;
            }

            foreach (var p in method.GetParameters())
            {
                yield return p.ParameterType;
            }

            foreach (var used in InBody(type, method))
            {
                yield return used;
            }
        }
    }

    /// <summary>The types of the locals and of every type, field and method token in the IL.</summary>
    private static IEnumerable<Type> InBody(Type type, MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArgs = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[at++]);
            }

            var op = OpCodesByValue[value];
            var size = OperandSize(op, il, at);
            if (op.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArgs, methodArgs);
                switch (member)
                {
                    case Type t:
                        yield return t;
                        break;
                    case FieldInfo f:
                        yield return f.FieldType;
                        yield return f.DeclaringType!;
                        break;
                    case MethodBase m:
                        yield return m.DeclaringType!;
                        foreach (var g in m.IsGenericMethod ? m.GetGenericArguments() : [])
                        {
                            yield return g;
                        }

                        break;
                }
            }

            at += size;
        }
    }

    private static int OperandSize(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    /// <summary>The namespaces in <paramref name="assembly"/> of the type and of its element and argument types.</summary>
    private static void AddNamespaces(Type type, Assembly assembly, string from, HashSet<string> edges)
    {
        if (type.HasElementType)
        {
            AddNamespaces(type.GetElementType()!, assembly, from, edges);
            return;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                AddNamespaces(argument, assembly, from, edges);
            }
        }

        if (type.Assembly == assembly && !type.IsGenericParameter && type.Namespace is { } to && to != from)
        {
            edges.Add(to);
        }
    }

    /// <summary>Tarjan's strongly connected components.</summary>
    private static List<List<string>> StronglyConnected(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string top;
                do
                {
                    top = stack.Pop();
                    component.Add(top);
                }
                while (top != node);
                components.Add(component);
            }
        }

        foreach (var node in graph.Keys)
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;
    }
}
