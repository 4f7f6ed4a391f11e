using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Adology.Modules.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class FoundItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "found_items",
                schema: "scans",
                columns: table => new
                {
                    scan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sha256 = table.Column<byte[]>(type: "bytea", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    url = table.Column<string>(type: "text", nullable: false),
                    headline = table.Column<string>(type: "text", nullable: true),
                    creative_id = table.Column<Guid>(type: "uuid", nullable: true),
                    found_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_found_items", x => new { x.scan_id, x.sha256 });
                    table.ForeignKey(
                        name: "fk_found_items_scans_scan_id",
                        column: x => x.scan_id,
                        principalSchema: "scans",
                        principalTable: "scans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_found_items_scan_id_id",
                schema: "scans",
                table: "found_items",
                columns: new[] { "scan_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_found_items_scan_id_ordinal",
                schema: "scans",
                table: "found_items",
                columns: new[] { "scan_id", "ordinal" },
                unique: true);

            // Scans committed before: their new creatives as the commit listed them (by hash), with the first staged item
            // still kept, else a negative ordinal of their own (retention may have purged the staged items).
            migrationBuilder.Sql(
                """
                INSERT INTO scans.found_items (scan_id, sha256, ordinal, url, headline, creative_id, found_at)
                SELECT c.first_scan_id, c.sha256,
                       coalesce((SELECT min(i.ordinal) FROM scans.scan_items AS i WHERE i.scan_id = c.first_scan_id AND i.sha256 = c.sha256),
                                -row_number() OVER (PARTITION BY c.first_scan_id ORDER BY c.sha256)),
                       c.url, c.metadata ->> 'headline', c.id, c.first_seen_at
                FROM catalog.creatives AS c JOIN scans.scans AS s ON s.id = c.first_scan_id
                ORDER BY c.first_scan_id, c.sha256
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "found_items",
                schema: "scans");
        }
    }
}
