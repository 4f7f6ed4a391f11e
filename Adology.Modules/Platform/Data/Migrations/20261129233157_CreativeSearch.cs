using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Adology.Modules.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class CreativeSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "on_image_text",
                schema: "catalog",
                table: "creatives",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "sources",
                schema: "catalog",
                table: "creatives",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            // Creatives committed before: the source of the scan that first saw them, the newest text read on their picture.
            migrationBuilder.Sql(
                """
                UPDATE catalog.creatives AS creative SET sources = ARRAY[scan.source_type]
                FROM scans.scans AS scan WHERE scan.id = creative.first_scan_id
                """);
            migrationBuilder.Sql(
                """
                UPDATE catalog.creatives AS creative SET on_image_text = text.text
                FROM (SELECT DISTINCT ON (sha256) sha256, text FROM enrich.on_image_texts ORDER BY sha256, created_at DESC) AS text
                WHERE text.sha256 = creative.sha256 AND text.text <> ''
                """);

            migrationBuilder.AddColumn<string>(
                name: "format",
                schema: "catalog",
                table: "creatives",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(metadata ->> 'format')",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "platform",
                schema: "catalog",
                table: "creatives",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(metadata ->> 'platform')",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                schema: "catalog",
                table: "creatives",
                type: "tsvector",
                nullable: false,
                computedColumnSql: "setweight(to_tsvector('simple'::regconfig, coalesce(metadata ->> 'headline', metadata ->> 'title', '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(metadata ->> 'body', metadata ->> 'text', metadata ->> 'description', '') || ' ' || coalesce(metadata ->> 'callToAction', metadata ->> 'cta', '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce(metadata ->> 'alt', metadata ->> 'altText', '') || ' ' || coalesce(on_image_text, '')), 'C')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_creatives_owner_id_last_seen_at",
                schema: "catalog",
                table: "creatives",
                columns: new[] { "owner_id", "last_seen_at" });

            migrationBuilder.CreateIndex(
                name: "ix_creatives_search_vector",
                schema: "catalog",
                table: "creatives",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_creatives_owner_id_last_seen_at",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.DropIndex(
                name: "ix_creatives_search_vector",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.DropColumn(
                name: "format",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.DropColumn(
                name: "platform",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.DropColumn(
                name: "search_vector",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.DropColumn(
                name: "on_image_text",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.DropColumn(
                name: "sources",
                schema: "catalog",
                table: "creatives");
        }
    }
}
