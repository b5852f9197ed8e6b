using System.Globalization;
using System.Text;
using CodeBrief.Ingest.Tic;
using CodeBrief.Warehouse.Relational;
using CodeBrief.Warehouse.Tic;
using Microsoft.Data.Sqlite;

namespace CodeBrief.Warehouse.Sqlite.Tic;

/// <summary>
/// Loads one TiC file (in-network or allowed-amounts) into the warehouse in one transaction: the file is stored wholly
/// or not at all, and loading the same content again (same decompressed SHA-256) under a filter already covered writes nothing.
/// </summary>
internal static class TicFileLoader
{
    /// <summary>The marker <c>codebrief synth</c> writes in <c>reporting_entity_type</c>; such files are flagged synthetic.</summary>
    public const string SyntheticEntityType = CodeBrief.Ingest.Tic.Synthetic.TicSynthesizer.EntityType;

    /// <summary>Loads <paramref name="path"/>. Throws <see cref="CodeBrief.Core.Errors.InputFormatException"/> for a bad file, after rolling back.</summary>
    /// <remarks>
    /// A file is identified by what it holds, not by its bytes on disk: <c>sources.sha256</c> of a TiC source is the
    /// SHA-256 of the decompressed bytes (which carry the payer, plan and the file's own <c>last_updated_on</c>), hashed
    /// as they stream. The same data in another wrapper (.json, .json.gz at any level or with another gzip header, a
    /// zip entry) is therefore the same source. Loading it again with a filter the stored one already covers writes
    /// nothing; with codes the stored filter lacks, the file is read again under the union of both filters and replaces
    /// the stored source in one transaction, so no earlier row is lost and <c>tic_files.code_filter</c> records the union.
    /// </remarks>
    /// <param name="connection">The warehouse.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">Labels and filter.</param>
    /// <param name="cancellationToken">Stops the read; nothing is stored.</param>
    /// <param name="lake">Where in-network rates go; null keeps them in this warehouse's rate blocks. With a lake, a source
    /// registered here whose rates the lake lacks (loaded before the lake, into blocks) is read again and moved to the lake.</param>
    public static TicLoadResult Load(SqliteConnection connection, string path, TicLoadOptions options, CancellationToken cancellationToken = default,
        IRateLake? lake = null)
    {
        var name = TicStreams.DisplayName(path);
        if (!TicStreams.Exists(path)) throw new CodeBrief.Core.Errors.SourceUnavailableException(path, $"{path}: file not found.");
        var kind = DetectKind(path);
        var dataset = kind == "allowed-amounts" ? "tic-allowed-amounts" : "tic-in-network";
        var first = LoadOnce(connection, path, name, kind, dataset, options, options.Filter, replacing: null, lake, cancellationToken);
        if (first.Result is { } done) return done;
        // Stored before under a filter lacking some of these codes: read again under the union, replacing the old source.
        var (old, union) = first.Widen!.Value; // LoadOnce returns a result or a source to widen
        var second = LoadOnce(connection, path, name, kind, dataset, options, union, replacing: old, lake, cancellationToken);
        return second.Result ?? throw new InvalidOperationException("The widened load found a second copy of the same content.");
    }

    private static (TicLoadResult? Result, (long Old, CodeFilter Union)? Widen) LoadOnce(SqliteConnection connection, string path, string name,
        string kind, string dataset, TicLoadOptions options, CodeFilter filter, long? replacing, IRateLake? lake, CancellationToken cancellationToken)
    {
        // Disposed last: an unpublished lake file is discarded, so a failed or cancelled load leaves the lake as it was.
        using var lakeFile = kind == "in-network" ? lake?.Begin(name) : null;
        var filterText = FilterText(filter);
        // Declared before the transaction, so it is disposed after the commit or rollback.
        using var journal = new BulkLoadJournal(connection);
        using var transaction = connection.BeginTransaction();
        if (replacing is { } replaced) Delete(connection, transaction, replaced);
        var sourceId = InsertSource(connection, transaction, dataset, name, "pending");
        TicIngestReport report;
        TicFileHeader? header;
        long stored, duplicates;
        using var hash = new ContentHash();
        using (var stream = TicStreams.Open(path, prefetch: true, hash, options.FileBytesRead))
        {
            if (kind == "allowed-amounts")
            {
                var facts = new List<TicAllowedAmount>();
                var reader = new AllowedAmountsReader(name, filter);
                report = reader.Read(stream, facts);
                header = reader.Header;
                stored = WriteAllowed(connection, transaction, sourceId, facts);
                duplicates = 0;
            }
            else if (lakeFile is not null)
            {
                report = new InNetworkReader(name, filter, lakeFile, options.ProviderReferenceLookup).Read(stream, cancellationToken);
                header = lakeFile.Header;
                stored = duplicates = 0; // counted once the content hash is known (below)
            }
            else
            {
                using var writer = new TicRateWriter(connection, transaction, sourceId);
                report = new InNetworkReader(name, filter, writer, options.ProviderReferenceLookup).Read(stream, cancellationToken);
                header = writer.Header;
                stored = writer.RowsStored;
                duplicates = writer.RowsOffered - stored;
            }
            // The readers stop at the root object's end; what follows (whitespace) must still pass through the hash.
            var rest = new byte[1 << 16];
            while (stream.Read(rest) > 0) { }
        }
        var content = hash.Hex;
        if (FindExisting(connection, transaction, dataset, content, sourceId) is { } found)
        {
            transaction.Rollback();
            var storedFilter = new CodeFilter(found.Filter.Split(',', StringSplitOptions.RemoveEmptyEntries));
            // Stored in this warehouse's blocks before the lake was the store: read again into the lake, in its place.
            if (lakeFile is not null && !lake!.Holds(content)) return (null, (found.Id, Union(storedFilter, filter)));
            if (Covers(storedFilter, filter))
                return (new TicLoadResult(name, kind, true, found.Id, found.Payer, found.Synthetic, null, 0, 0), null);
            return (null, (found.Id, Union(storedFilter, filter)));
        }
        // The same file loaded before files were known by content (its sources row keeps the file's own hash, marked
        // "file:" by the upgrade): this load takes its place, or widens over it when it held codes this filter lacks.
        if (replacing is null && FindLegacy(connection, transaction, dataset, name, sourceId) is { } legacy)
        {
            var legacyFilter = new CodeFilter(legacy.Filter.Split(',', StringSplitOptions.RemoveEmptyEntries));
            if (!Covers(filter, legacyFilter))
            {
                transaction.Rollback();
                return (null, (legacy.Id, Union(legacyFilter, filter)));
            }
            Delete(connection, transaction, legacy.Id);
        }
        // Collapsed, counted and written to staging only for a load that stores (a re-ingest found unchanged writes nothing).
        if (lakeFile is not null)
        {
            lakeFile.Finish(content);
            stored = lakeFile.RowsStored;
            duplicates = lakeFile.RowsOffered - stored;
        }
        var synthetic = header?.ReportingEntityType == SyntheticEntityType;
        var payer = options.Payer ?? (string.IsNullOrWhiteSpace(header?.ReportingEntityName) ? null : header.ReportingEntityName)
            ?? throw new CodeBrief.Core.Errors.InputFormatException(name, CodeBrief.Core.Errors.InputErrorKind.MissingField,
                "expected \"reporting_entity_name\" to name the payer, found none", new CodeBrief.Core.Errors.InputLocation(JsonPath: "$"),
                fix: "Pass --payer NAME to say whose file it is.");
        if (synthetic && !payer.Contains("synthetic", StringComparison.OrdinalIgnoreCase)) payer += " (synthetic)";
        Execute(connection, transaction, "UPDATE sources SET sha256=$h WHERE id=$s", ("$h", content), ("$s", sourceId));
        FinishSource(connection, transaction, sourceId, payer, header, stored, synthetic);
        InsertFile(connection, transaction, sourceId, kind, payer, options, header, filterText, report, stored, duplicates, synthetic);
        WarehouseSchema.BumpDataVersion(connection, transaction);
        // Published just before the commit: a lake file whose source record did not commit is never read (reads name registered sources only).
        lakeFile?.Publish(LakePartition.Of(payer, options.Plan ?? header?.PlanName ?? header?.PlanId, header?.LastUpdatedOn));
        transaction.Commit();
        return (new TicLoadResult(name, kind, false, sourceId, payer, synthetic, report, stored, duplicates), null);
    }

    private static string FilterText(CodeFilter filter) => string.Join(',', filter.Codes.Order(StringComparer.Ordinal));

    /// <summary>True when every code <paramref name="wanted"/> keeps is kept by <paramref name="stored"/>.</summary>
    private static bool Covers(CodeFilter stored, CodeFilter wanted)
    {
        if (stored.KeepsAll) return true;
        if (wanted.KeepsAll) return false;
        foreach (var code in wanted.Codes)
            if (!stored.Keeps(code.AsSpan())) return false;
        return true;
    }

    private static CodeFilter Union(CodeFilter a, CodeFilter b) => a.KeepsAll || b.KeepsAll ? CodeFilter.All : new CodeFilter(a.Codes.Concat(b.Codes));

    /// <summary>Sniffs the first mebibyte for the root keys that tell the file types apart.</summary>
    private static string DetectKind(string path)
    {
        using var stream = TicStreams.Open(path, prefetch: false);
        var buffer = new byte[1 << 20];
        var count = 0;
        while (count < buffer.Length)
        {
            var n = stream.Read(buffer, count, buffer.Length - count);
            if (n == 0) break;
            count += n;
        }
        var head = buffer.AsSpan(0, count);
        if (head.IndexOf("\"out_of_network\""u8) >= 0) return "allowed-amounts";
        return "in-network";
    }

    /// <summary>The other source of <paramref name="dataset"/> with the content hash <paramref name="sha"/>, if any.</summary>
    private static (long Id, string Filter, string Payer, bool Synthetic)? FindExisting(SqliteConnection c, SqliteTransaction t, string dataset, string sha, long except) =>
        FindSource(c, t, "s.sha256 = $key", dataset, sha, except);

    /// <summary>The source of the same file name loaded before TiC sources were known by content, if any.</summary>
    private static (long Id, string Filter, string Payer, bool Synthetic)? FindLegacy(SqliteConnection c, SqliteTransaction t, string dataset, string name, long except) =>
        FindSource(c, t, $"s.file_name = $key AND s.sha256 LIKE '{LegacyHashPrefix}%'", dataset, name, except);

    /// <summary>The newest other source of <paramref name="dataset"/> matching <paramref name="condition"/> (which binds <c>$key</c>), with its filter and payer.</summary>
    private static (long Id, string Filter, string Payer, bool Synthetic)? FindSource(SqliteConnection c, SqliteTransaction t, string condition, string dataset, string key, long except)
    {
        using var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = $"""
            SELECT s.id, COALESCE(f.code_filter, ''), COALESCE(f.payer, ''), s.is_synthetic FROM sources s LEFT JOIN tic_files f ON f.source_id = s.id
            WHERE s.dataset = $d AND {condition} AND s.id <> $x
            ORDER BY s.id DESC LIMIT 1
            """;
        command.Parameters.AddWithValue("$x", except);
        command.Parameters.AddWithValue("$d", dataset);
        command.Parameters.AddWithValue("$key", key);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return (reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) != 0);
    }

    /// <summary>Marks the hash of a TiC source loaded before sources were known by content (it hashes the file on disk).</summary>
    public const string LegacyHashPrefix = "file:";

    private static void Delete(SqliteConnection c, SqliteTransaction t, long sourceId)
    {
        foreach (var table in new[] { "tic_rate_blocks", "tic_rate_dims", "tic_group_sets", "tic_provider_groups", "tic_allowed_amounts", "tic_files" })
            Execute(c, t, $"DELETE FROM {table} WHERE source_id = $s", ("$s", sourceId));
        Execute(c, t, "DELETE FROM sources WHERE id = $s", ("$s", sourceId));
    }

    private static long InsertSource(SqliteConnection c, SqliteTransaction t, string dataset, string name, string sha)
    {
        using var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = """
            INSERT INTO sources(dataset,publisher,file_name,version,sha256,rows_loaded,rows_rejected,loaded_at,status,is_synthetic)
            VALUES($d,'',$f,'',$h,0,0,$at,'current',0) RETURNING id
            """;
        command.Parameters.AddWithValue("$d", dataset);
        command.Parameters.AddWithValue("$f", name);
        command.Parameters.AddWithValue("$h", sha);
        command.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        return (long)command.ExecuteScalar()!; // RETURNING always yields the new id
    }

    private static void FinishSource(SqliteConnection c, SqliteTransaction t, long id, string payer, TicFileHeader? header, long rows, bool synthetic) =>
        Execute(c, t, "UPDATE sources SET publisher=$p, version=$v, rows_loaded=$r, is_synthetic=$y WHERE id=$s",
            ("$p", payer), ("$v", header?.LastUpdatedOn ?? header?.Version ?? "undated"), ("$r", rows), ("$y", synthetic ? 1 : 0), ("$s", id));

    private static void InsertFile(SqliteConnection c, SqliteTransaction t, long id, string kind, string payer, TicLoadOptions o, TicFileHeader? h,
        string filter, TicIngestReport r, long stored, long duplicates, bool synthetic)
    {
        var oddities = new StringBuilder();
        foreach (var (oddity, count) in r.Oddities)
            oddities.Append(oddities.Length > 0 ? ";" : "").Append(oddity).Append('=').Append(count.ToString(CultureInfo.InvariantCulture));
        Execute(c, t, """
            INSERT INTO tic_files(source_id,kind,payer,reporting_entity_name,reporting_entity_type,issuer_name,plan_name,plan_id_type,plan_id,
              plan_sponsor_name,plan_market_type,plan_label,last_updated_on,schema_version,code_filter,items,items_skipped,negotiated_rates,
              negotiated_prices,rows_stored,duplicates_collapsed,provider_references,remote_references_unresolved,groups_referenced,
              groups_unresolved,oddities,decompressed_bytes,is_synthetic)
            VALUES($s,$k,$p,$en,$et,$in,$pn,$pit,$pid,$ps,$pm,$pl,$lu,$v,$cf,$i,$is,$nr,$np,$rs,$dc,$pr,$ru,$gr,$gu,$od,$b,$y)
            """,
            ("$s", id), ("$k", kind), ("$p", payer), ("$en", h?.ReportingEntityName), ("$et", h?.ReportingEntityType), ("$in", h?.IssuerName),
            ("$pn", h?.PlanName), ("$pit", h?.PlanIdType), ("$pid", h?.PlanId), ("$ps", h?.PlanSponsorName), ("$pm", h?.PlanMarketType),
            ("$pl", o.Plan ?? h?.PlanName), ("$lu", h?.LastUpdatedOn), ("$v", h?.Version), ("$cf", filter), ("$i", r.Items), ("$is", r.ItemsSkipped),
            ("$nr", r.NegotiatedRates), ("$np", r.NegotiatedPrices), ("$rs", stored), ("$dc", duplicates), ("$pr", r.ProviderReferences),
            ("$ru", r.RemoteReferencesUnresolved), ("$gr", r.GroupsReferenced), ("$gu", r.GroupsUnresolved), ("$od", oddities.ToString()),
            ("$b", r.Bytes), ("$y", synthetic ? 1 : 0));
    }

    private static long WriteAllowed(SqliteConnection c, SqliteTransaction t, long id, List<TicAllowedAmount> facts)
    {
        using var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = """
            INSERT INTO tic_allowed_amounts(source_id,row,billing_code,billing_code_type,tin_type,tin_value,pos_set,billing_class,setting,
              allowed_amount,modifiers,billed_charge,npis) VALUES($s,$r,$c,$ct,$tt,$tv,$pos,$bc,$st,$aa,$m,$ch,$n)
            """;
        string[] names = ["$s", "$r", "$c", "$ct", "$tt", "$tv", "$pos", "$bc", "$st", "$aa", "$m", "$ch", "$n"];
        var p = names.Select(n => command.Parameters.Add(n, SqliteType.Text)).ToArray();
        foreach (var f in facts)
        {
            object?[] values = [id, f.ItemIndex, f.BillingCode, f.BillingCodeType, f.TinType, f.TinValue, f.ServiceCodes, f.BillingClass, f.Setting,
                f.AllowedAmount, f.Modifiers, f.BilledCharge, f.Npis];
            for (var i = 0; i < p.Length; i++) p[i].Value = values[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
        return facts.Count;
    }

    private static void Execute(SqliteConnection c, SqliteTransaction t, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = sql;
        foreach (var (n, v) in parameters) command.Parameters.AddWithValue(n, v ?? DBNull.Value);
        command.ExecuteNonQuery();
    }
}
