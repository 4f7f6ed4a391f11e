using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adology.Modules.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "ai");

            migrationBuilder.EnsureSchema(
                name: "catalog");

            migrationBuilder.EnsureSchema(
                name: "scans");

            migrationBuilder.CreateTable(
                name: "analyses",
                schema: "ai",
                columns: table => new
                {
                    scan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    brand = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    analyzed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    result = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_analyses", x => x.scan_id);
                });

            migrationBuilder.CreateTable(
                name: "creatives",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    brand = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sha256 = table.Column<byte[]>(type: "bytea", nullable: false),
                    media_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    byte_size = table.Column<int>(type: "integer", nullable: false),
                    width = table.Column<int>(type: "integer", nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false),
                    perceptual_hash = table.Column<long>(type: "bigint", nullable: false),
                    url = table.Column<string>(type: "text", nullable: false),
                    metadata = table.Column<string>(type: "jsonb", nullable: true),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    seen_count = table.Column<int>(type: "integer", nullable: false),
                    first_scan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    last_scan_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_creatives", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "scans",
                schema: "scans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    brand = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    source_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    demo_count = table.Column<int>(type: "integer", nullable: true),
                    feed_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    phase = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    total = table.Column<int>(type: "integer", nullable: true),
                    acquired = table.Column<int>(type: "integer", nullable: false),
                    failed = table.Column<int>(type: "integer", nullable: false),
                    message = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sightings",
                schema: "catalog",
                columns: table => new
                {
                    creative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    url_count = table.Column<int>(type: "integer", nullable: false),
                    seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sightings", x => new { x.creative_id, x.scan_id });
                    table.ForeignKey(
                        name: "fk_sightings_creatives_creative_id",
                        column: x => x.creative_id,
                        principalSchema: "catalog",
                        principalTable: "creatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "scan_items",
                schema: "scans",
                columns: table => new
                {
                    scan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    url = table.Column<string>(type: "text", nullable: false),
                    metadata = table.Column<string>(type: "jsonb", nullable: true),
                    state = table.Column<short>(type: "smallint", nullable: false),
                    failure = table.Column<string>(type: "text", nullable: true),
                    sha256 = table.Column<byte[]>(type: "bytea", nullable: true),
                    media_type = table.Column<string>(type: "text", nullable: true),
                    byte_size = table.Column<int>(type: "integer", nullable: true),
                    width = table.Column<int>(type: "integer", nullable: true),
                    height = table.Column<int>(type: "integer", nullable: true),
                    perceptual_hash = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scan_items", x => new { x.scan_id, x.ordinal });
                    table.ForeignKey(
                        name: "fk_scan_items_scans_scan_id",
                        column: x => x.scan_id,
                        principalSchema: "scans",
                        principalTable: "scans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_analyses_owner_id_brand_analyzed_at",
                schema: "ai",
                table: "analyses",
                columns: new[] { "owner_id", "brand", "analyzed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_creatives_brand_last_seen_at",
                schema: "catalog",
                table: "creatives",
                columns: new[] { "brand", "last_seen_at" });

            migrationBuilder.CreateIndex(
                name: "ix_creatives_owner_id_brand_sha256",
                schema: "catalog",
                table: "creatives",
                columns: new[] { "owner_id", "brand", "sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_scans_owner_id_created_at",
                schema: "scans",
                table: "scans",
                columns: new[] { "owner_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_scans_status_updated_at",
                schema: "scans",
                table: "scans",
                columns: new[] { "status", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sightings_scan_id",
                schema: "catalog",
                table: "sightings",
                column: "scan_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "analyses",
                schema: "ai");

            migrationBuilder.DropTable(
                name: "scan_items",
                schema: "scans");

            migrationBuilder.DropTable(
                name: "sightings",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "scans",
                schema: "scans");

            migrationBuilder.DropTable(
                name: "creatives",
                schema: "catalog");
        }
    }
}
