using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adology.Modules.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class EnrichTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "enrich");

            migrationBuilder.AddColumn<int>(
                name: "enrich_total",
                schema: "scans",
                table: "scans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "enriched",
                schema: "scans",
                table: "scans",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "copy_embeddings",
                schema: "enrich",
                columns: table => new
                {
                    copy_sha256 = table.Column<byte[]>(type: "bytea", nullable: false),
                    model = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    embedding = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_copy_embeddings", x => new { x.copy_sha256, x.model });
                });

            migrationBuilder.CreateTable(
                name: "labels",
                schema: "enrich",
                columns: table => new
                {
                    sha256 = table.Column<byte[]>(type: "bytea", nullable: false),
                    model = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    product_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    labels = table.Column<string>(type: "jsonb", nullable: true),
                    failure = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_labels", x => new { x.sha256, x.model });
                });

            migrationBuilder.CreateTable(
                name: "on_image_texts",
                schema: "enrich",
                columns: table => new
                {
                    sha256 = table.Column<byte[]>(type: "bytea", nullable: false),
                    reader = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    confidence = table.Column<float>(type: "real", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_on_image_texts", x => new { x.sha256, x.reader });
                });

            migrationBuilder.CreateTable(
                name: "visual_embeddings",
                schema: "enrich",
                columns: table => new
                {
                    sha256 = table.Column<byte[]>(type: "bytea", nullable: false),
                    model = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    embedding = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visual_embeddings", x => new { x.sha256, x.model });
                });

            migrationBuilder.CreateIndex(
                name: "ix_labels_product_type_sha256",
                schema: "enrich",
                table: "labels",
                columns: new[] { "product_type", "sha256" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "copy_embeddings",
                schema: "enrich");

            migrationBuilder.DropTable(
                name: "labels",
                schema: "enrich");

            migrationBuilder.DropTable(
                name: "on_image_texts",
                schema: "enrich");

            migrationBuilder.DropTable(
                name: "visual_embeddings",
                schema: "enrich");

            migrationBuilder.DropColumn(
                name: "enrich_total",
                schema: "scans",
                table: "scans");

            migrationBuilder.DropColumn(
                name: "enriched",
                schema: "scans",
                table: "scans");
        }
    }
}
