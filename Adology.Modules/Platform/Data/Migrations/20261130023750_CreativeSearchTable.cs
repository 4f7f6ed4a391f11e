using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace Adology.Modules.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class CreativeSearchTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_creatives_owner_id_brand_last_seen_at",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.DropIndex(
                name: "ix_creatives_owner_id_first_seen_at",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.DropIndex(
                name: "ix_creatives_owner_id_last_seen_at",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.DropIndex(
                name: "ix_creatives_owner_id_seen_count_last_seen_at",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.DropIndex(
                name: "ix_creatives_search_vector",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.CreateTable(
                name: "creative_search",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    brand = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sha256 = table.Column<byte[]>(type: "bytea", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    seen_count = table.Column<int>(type: "integer", nullable: false),
                    platform = table.Column<string>(type: "text", nullable: true),
                    format = table.Column<string>(type: "text", nullable: true),
                    call_to_action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    flagged = table.Column<bool>(type: "boolean", nullable: false),
                    sources = table.Column<string[]>(type: "text[]", nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_creative_search", x => x.id);
                    table.ForeignKey(
                        name: "fk_creative_search_creatives_id",
                        column: x => x.id,
                        principalSchema: "catalog",
                        principalTable: "creatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_creative_search_owner_id_brand_last_seen_at",
                schema: "catalog",
                table: "creative_search",
                columns: new[] { "owner_id", "brand", "last_seen_at" });

            migrationBuilder.CreateIndex(
                name: "ix_creative_search_owner_id_first_seen_at",
                schema: "catalog",
                table: "creative_search",
                columns: new[] { "owner_id", "first_seen_at" });

            migrationBuilder.CreateIndex(
                name: "ix_creative_search_owner_id_last_seen_at",
                schema: "catalog",
                table: "creative_search",
                columns: new[] { "owner_id", "last_seen_at" });

            migrationBuilder.CreateIndex(
                name: "ix_creative_search_owner_id_seen_count_last_seen_at",
                schema: "catalog",
                table: "creative_search",
                columns: new[] { "owner_id", "seen_count", "last_seen_at" });

            migrationBuilder.CreateIndex(
                name: "ix_creative_search_search_vector",
                schema: "catalog",
                table: "creative_search",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            // The database keeps the search rows (SearchableCreative): every statement that inserts or updates creatives
            // copies its rows, in its own transaction, rewriting a search row only where something it holds changed.
            migrationBuilder.Sql(
                """
                CREATE FUNCTION catalog.copy_creatives_to_search() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO catalog.creative_search AS s (id, owner_id, brand, sha256, first_seen_at, last_seen_at, seen_count,
                        platform, format, call_to_action, flagged, sources, search_vector)
                    SELECT id, owner_id, brand, sha256, first_seen_at, last_seen_at, seen_count,
                        platform, format, call_to_action, cardinality(flags) > 0, sources, search_vector
                    FROM changed_creatives
                    ON CONFLICT (id) DO UPDATE
                    SET owner_id = excluded.owner_id, brand = excluded.brand, sha256 = excluded.sha256,
                        first_seen_at = excluded.first_seen_at, last_seen_at = excluded.last_seen_at, seen_count = excluded.seen_count,
                        platform = excluded.platform, format = excluded.format, call_to_action = excluded.call_to_action,
                        flagged = excluded.flagged, sources = excluded.sources, search_vector = excluded.search_vector
                    WHERE (s.owner_id, s.brand, s.sha256, s.first_seen_at, s.last_seen_at, s.seen_count, s.platform, s.format,
                            s.call_to_action, s.flagged, s.sources, s.search_vector)
                        IS DISTINCT FROM (excluded.owner_id, excluded.brand, excluded.sha256, excluded.first_seen_at,
                            excluded.last_seen_at, excluded.seen_count, excluded.platform, excluded.format,
                            excluded.call_to_action, excluded.flagged, excluded.sources, excluded.search_vector);
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER creatives_inserted_to_search AFTER INSERT ON catalog.creatives
                    REFERENCING NEW TABLE AS changed_creatives FOR EACH STATEMENT EXECUTE FUNCTION catalog.copy_creatives_to_search();
                CREATE TRIGGER creatives_updated_to_search AFTER UPDATE ON catalog.creatives
                    REFERENCING NEW TABLE AS changed_creatives FOR EACH STATEMENT EXECUTE FUNCTION catalog.copy_creatives_to_search();

                INSERT INTO catalog.creative_search (id, owner_id, brand, sha256, first_seen_at, last_seen_at, seen_count,
                    platform, format, call_to_action, flagged, sources, search_vector)
                SELECT id, owner_id, brand, sha256, first_seen_at, last_seen_at, seen_count,
                    platform, format, call_to_action, cardinality(flags) > 0, sources, search_vector
                FROM catalog.creatives;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP TRIGGER creatives_inserted_to_search ON catalog.creatives;
                DROP TRIGGER creatives_updated_to_search ON catalog.creatives;
                DROP FUNCTION catalog.copy_creatives_to_search();
                """);

            migrationBuilder.DropTable(
                name: "creative_search",
                schema: "catalog");

            migrationBuilder.CreateIndex(
                name: "ix_creatives_owner_id_brand_last_seen_at",
                schema: "catalog",
                table: "creatives",
                columns: new[] { "owner_id", "brand", "last_seen_at" });

            migrationBuilder.CreateIndex(
                name: "ix_creatives_owner_id_first_seen_at",
                schema: "catalog",
                table: "creatives",
                columns: new[] { "owner_id", "first_seen_at" });

            migrationBuilder.CreateIndex(
                name: "ix_creatives_owner_id_last_seen_at",
                schema: "catalog",
                table: "creatives",
                columns: new[] { "owner_id", "last_seen_at" });

            migrationBuilder.CreateIndex(
                name: "ix_creatives_owner_id_seen_count_last_seen_at",
                schema: "catalog",
                table: "creatives",
                columns: new[] { "owner_id", "seen_count", "last_seen_at" });

            migrationBuilder.CreateIndex(
                name: "ix_creatives_search_vector",
                schema: "catalog",
                table: "creatives",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
