using CodeBrief.Warehouse.Tests;
using CodeBrief.Warehouse.Tests.Evidence;

namespace CodeBrief.Warehouse.Postgres.Tests;

// The warehouse contract suite of CodeBrief.Warehouse.Tests, run on the PostgreSQL engine (the test cluster of run-tests).

public sealed class PostgresReferenceLoaderTests : ReferenceLoaderContract<PostgresStore>;

public sealed class PostgresWarehouseStatusTests : WarehouseStatusContract<PostgresStore>;

public sealed class PostgresSchemaTests : SchemaContract<PostgresStore>;

public sealed class PostgresReferenceQueriesTests(LoadedReference<PostgresStore> loaded) : ReferenceQueriesContract<PostgresStore>(loaded);

public sealed class PostgresEvidenceQueriesTests(LoadedEvidence<PostgresStore> loaded) : EvidenceQueriesContract<PostgresStore>(loaded);

public sealed class PostgresLoadedEvidenceTests(LoadedEvidence<PostgresStore> loaded) : LoadedEvidenceContract<PostgresStore>(loaded);

public sealed class PostgresDmeposTests : DmeposContract<PostgresStore>;
