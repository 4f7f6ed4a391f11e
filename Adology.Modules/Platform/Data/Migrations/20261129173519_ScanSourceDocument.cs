using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adology.Modules.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class ScanSourceDocument : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing scans and schedules keep their source: the document is built from the columns it replaces.
            foreach (var table in new[] { "scans", "schedules" })
            {
                migrationBuilder.AddColumn<string>(
                    name: "source",
                    schema: "scans",
                    table: table,
                    type: "jsonb",
                    nullable: true);
                migrationBuilder.Sql($"""
                    UPDATE scans.{table}
                    SET source = jsonb_strip_nulls(jsonb_build_object('type', source_type, 'count', demo_count, 'url', feed_url))
                    """);
                migrationBuilder.AlterColumn<string>(
                    name: "source",
                    schema: "scans",
                    table: table,
                    type: "jsonb",
                    nullable: false,
                    oldClrType: typeof(string),
                    oldType: "jsonb",
                    oldNullable: true);
                migrationBuilder.DropColumn(name: "demo_count", schema: "scans", table: table);
                migrationBuilder.DropColumn(name: "feed_url", schema: "scans", table: table);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "source",
                schema: "scans",
                table: "schedules");

            migrationBuilder.DropColumn(
                name: "source",
                schema: "scans",
                table: "scans");

            migrationBuilder.AddColumn<int>(
                name: "demo_count",
                schema: "scans",
                table: "schedules",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "feed_url",
                schema: "scans",
                table: "schedules",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "demo_count",
                schema: "scans",
                table: "scans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "feed_url",
                schema: "scans",
                table: "scans",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: true);
        }
    }
}
