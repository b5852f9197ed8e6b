using Parquet;

namespace CodeBrief.Warehouse.Lake;

/// <summary>The rows of one row group of a lake table while they are buffered: filled on the reader's thread, written on
/// the writing thread, then cleared and filled again.</summary>
internal interface IRowGroupBuffer
{
    /// <summary>Rows buffered.</summary>
    int Count { get; }

    /// <summary>True when no row fits.</summary>
    bool IsFull { get; }

    /// <summary>Writes the first <paramref name="rows"/> rows, each column of the table's schema in order.</summary>
    Task WriteAsync(ParquetRowGroupWriter group, int rows);

    /// <summary>Empties the buffer for the next row group (the arrays are overwritten, not cleared).</summary>
    void Clear();
}

/// <summary>One row group of <c>rates</c>: the code and numbers.</summary>
internal sealed class RateBuffer(int size) : IRowGroupBuffer
{
    public TextColumn Code { get; } = new(size);
    public int[] Dims { get; } = new int[size];
    public int[] Set { get; } = new int[size];
    public decimal[] Rate { get; } = new decimal[size];
    public int[] Item { get; } = new int[size];
    public int[] RateIndex { get; } = new int[size];
    public int[] PriceIndex { get; } = new int[size];
    public int Count { get; private set; }
    public bool IsFull => Count == Dims.Length;

    public void Add(string code, int dims, int set, decimal rate, int item, int rateIndex, int priceIndex)
    {
        Code.Set(Count, code);
        Dims[Count] = dims;
        Set[Count] = set;
        Rate[Count] = rate;
        Item[Count] = item;
        RateIndex[Count] = rateIndex;
        PriceIndex[Count] = priceIndex;
        Count++;
    }

    public async Task WriteAsync(ParquetRowGroupWriter group, int rows)
    {
        var fields = LakeColumns.Rates.DataFields;
        await group.WriteAsync(fields[0], Code.Rows(rows));
        await group.WriteAsync(fields[1], new ReadOnlyMemory<int>(Dims, 0, rows));
        await group.WriteAsync(fields[2], new ReadOnlyMemory<decimal>(Rate, 0, rows));
        await group.WriteAsync(fields[3], new ReadOnlyMemory<int>(Set, 0, rows));
        await group.WriteAsync(fields[4], new ReadOnlyMemory<int>(Item, 0, rows));
        await group.WriteAsync(fields[5], new ReadOnlyMemory<int>(RateIndex, 0, rows));
        await group.WriteAsync(fields[6], new ReadOnlyMemory<int>(PriceIndex, 0, rows));
    }

    public void Clear()
    {
        Code.Clear();
        Count = 0;
    }
}

/// <summary>One row group of <c>group_sets</c>.</summary>
internal sealed class SetBuffer(int size) : IRowGroupBuffer
{
    public int[] SetId { get; } = new int[size];
    public TextColumn GroupId { get; } = new(size);
    public int Count { get; private set; }
    public bool IsFull => Count == SetId.Length;

    public void Add(int setId, string groupId)
    {
        SetId[Count] = setId;
        GroupId.Set(Count, groupId);
        Count++;
    }

    public async Task WriteAsync(ParquetRowGroupWriter group, int rows)
    {
        await group.WriteAsync(LakeColumns.GroupSets.DataFields[0], new ReadOnlyMemory<int>(SetId, 0, rows));
        await group.WriteAsync(LakeColumns.GroupSets.DataFields[1], GroupId.Rows(rows));
    }

    public void Clear()
    {
        GroupId.Clear();
        Count = 0;
    }
}

/// <summary>One row group of <c>provider_groups</c>: one row per group and NPI.</summary>
internal sealed class GroupBuffer(int size) : IRowGroupBuffer
{
    /// <summary>The columns in schema order: group id, network names, TIN type, TIN value, business name, NPI.</summary>
    public TextColumn[] Columns { get; } = [.. Enumerable.Range(0, 6).Select(_ => new TextColumn(size))];
    public int Count { get; private set; }
    public bool IsFull => Count == Columns[0].Values.Length;

    public void Add(Ingest.Tic.TicProviderGroup group, string? npi)
    {
        Columns[0].Set(Count, group.GroupId);
        Columns[1].Set(Count, group.NetworkNames);
        Columns[2].Set(Count, group.TinType);
        Columns[3].Set(Count, group.TinValue);
        Columns[4].Set(Count, group.BusinessName);
        Columns[5].Set(Count, npi);
        Count++;
    }

    public async Task WriteAsync(ParquetRowGroupWriter group, int rows)
    {
        var fields = LakeColumns.ProviderGroups.DataFields;
        for (var c = 0; c < fields.Length; c++) await group.WriteAsync(fields[c], Columns[c].Rows(rows));
    }

    public void Clear()
    {
        foreach (var column in Columns) column.Clear();
        Count = 0;
    }
}

/// <summary>One row group of <c>rate_dims</c>.</summary>
internal sealed class DimsBuffer(int size) : IRowGroupBuffer
{
    public int[] Id { get; } = new int[size];

    /// <summary>The text columns in schema order: code type, version, arrangement, class, setting, places of service, modifiers, negotiated type.</summary>
    public TextColumn[] Text { get; } = [.. Enumerable.Range(0, 8).Select(_ => new TextColumn(size))];
    public DateOnly?[] Expiration { get; } = new DateOnly?[size];
    public int Count { get; private set; }
    public bool IsFull => Count == Id.Length;

    public void Add(int id, ItemTerms item, Ingest.Tic.TicPrice price, DateOnly? expiration)
    {
        Id[Count] = id;
        Text[0].Set(Count, item.BillingCodeType);
        Text[1].Set(Count, item.BillingCodeTypeVersion);
        Text[2].Set(Count, LakeDims.Arrangement(item.Arrangement));
        Text[3].Set(Count, price.BillingClass);
        Text[4].Set(Count, price.Setting ?? "");
        Text[5].Set(Count, price.ServiceCodes);
        Text[6].Set(Count, price.Modifiers);
        Text[7].Set(Count, price.NegotiatedType);
        Expiration[Count] = expiration;
        Count++;
    }

    public async Task WriteAsync(ParquetRowGroupWriter group, int rows)
    {
        var fields = LakeColumns.RateDims.DataFields;
        await group.WriteAsync(fields[0], new ReadOnlyMemory<int>(Id, 0, rows));
        for (var c = 0; c < Text.Length; c++) await group.WriteAsync(fields[c + 1], Text[c].Rows(rows));
        await group.WriteAsync(fields[9], new ReadOnlyMemory<DateOnly?>(Expiration, 0, rows));
    }

    public void Clear()
    {
        foreach (var column in Text) column.Clear();
        Count = 0;
    }
}
