namespace ArmsTrace.Core.Pipeline;

/// <summary>
/// Working space a pipeline run lends its stages: buffers a stage fills and reads within one
/// document and that the next run on it reuses, one of each type. The pipeline gives every run
/// going on at once its own (Markdig's BlockProcessor shape), so stages and models hold no
/// per-thread state.
/// </summary>
internal sealed class StageScratch
{
    private readonly Dictionary<Type, object> _items = [];

    public T Get<T>()
        where T : class, new()
    {
        if (!_items.TryGetValue(typeof(T), out var item))
        {
            _items.Add(typeof(T), item = new T());
        }

        return (T)item;
    }
}
