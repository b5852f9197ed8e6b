using CodeBrief.Warehouse.Tests;
using CodeBrief.Warehouse.Tests.Evidence;

namespace CodeBrief.Warehouse.Sqlite.Tests;

// The contract suite on the embedded engine; tests/CodeBrief.Warehouse.Postgres.Tests runs the same classes on a server.

public sealed class SqliteReferenceLoaderTests : ReferenceLoaderContract<SqliteStore>;

public sealed class SqliteWarehouseStatusTests : WarehouseStatusContract<SqliteStore>;

public sealed class SqliteSchemaTests : SchemaContract<SqliteStore>;

public sealed class SqliteReferenceQueriesTests(LoadedReference<SqliteStore> loaded) : ReferenceQueriesContract<SqliteStore>(loaded);

public sealed class SqliteEvidenceQueriesTests(LoadedEvidence<SqliteStore> loaded) : EvidenceQueriesContract<SqliteStore>(loaded);

public sealed class SqliteLoadedEvidenceTests(LoadedEvidence<SqliteStore> loaded) : LoadedEvidenceContract<SqliteStore>(loaded);

public sealed class SqliteDmeposTests : DmeposContract<SqliteStore>;
