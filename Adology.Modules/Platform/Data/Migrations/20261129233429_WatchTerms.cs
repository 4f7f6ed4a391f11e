using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Adology.Modules.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class WatchTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "watch",
                schema: "scans",
                table: "scans",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.CreateTable(
                name: "watch_matches",
                schema: "scans",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    scan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sha256 = table.Column<byte[]>(type: "bytea", nullable: false),
                    term = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    url = table.Column<string>(type: "text", nullable: false),
                    headline = table.Column<string>(type: "text", nullable: true),
                    matched_in = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    found_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_watch_matches", x => x.id);
                    table.ForeignKey(
                        name: "fk_watch_matches_scans_scan_id",
                        column: x => x.scan_id,
                        principalSchema: "scans",
                        principalTable: "scans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "watchlists",
                schema: "scans",
                columns: table => new
                {
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    terms = table.Column<string[]>(type: "text[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_watchlists", x => x.owner_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_watch_matches_scan_id_id",
                schema: "scans",
                table: "watch_matches",
                columns: new[] { "scan_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_watch_matches_scan_id_sha256_term",
                schema: "scans",
                table: "watch_matches",
                columns: new[] { "scan_id", "sha256", "term" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "watch_matches",
                schema: "scans");

            migrationBuilder.DropTable(
                name: "watchlists",
                schema: "scans");

            migrationBuilder.DropColumn(
                name: "watch",
                schema: "scans",
                table: "scans");
        }
    }
}
