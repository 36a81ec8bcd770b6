namespace ArmsTrace.Storage.Exports;

/// <summary>CSV is two tables: one row per entity, and one row per claim with its evidence.</summary>
public enum CsvTable
{
    Claims,
    Entities,
}
