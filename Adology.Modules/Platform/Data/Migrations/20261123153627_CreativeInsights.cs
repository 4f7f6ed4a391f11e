using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adology.Modules.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class CreativeInsights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "attributes",
                schema: "scans",
                table: "scan_items",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "text_embedding",
                schema: "scans",
                table: "scan_items",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "visual_embedding",
                schema: "scans",
                table: "scan_items",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "attributes",
                schema: "catalog",
                table: "creatives",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "call_to_action",
                schema: "catalog",
                table: "creatives",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "flags",
                schema: "catalog",
                table: "creatives",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "text_embedding",
                schema: "catalog",
                table: "creatives",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "visual_embedding",
                schema: "catalog",
                table: "creatives",
                type: "bytea",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cluster_members",
                schema: "ai",
                columns: table => new
                {
                    scan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    creative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cluster_members", x => new { x.scan_id, x.creative_id });
                    table.ForeignKey(
                        name: "fk_cluster_members_analyses_scan_id",
                        column: x => x.scan_id,
                        principalSchema: "ai",
                        principalTable: "analyses",
                        principalColumn: "scan_id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cluster_members",
                schema: "ai");

            migrationBuilder.DropColumn(
                name: "attributes",
                schema: "scans",
                table: "scan_items");

            migrationBuilder.DropColumn(
                name: "text_embedding",
                schema: "scans",
                table: "scan_items");

            migrationBuilder.DropColumn(
                name: "visual_embedding",
                schema: "scans",
                table: "scan_items");

            migrationBuilder.DropColumn(
                name: "attributes",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.DropColumn(
                name: "call_to_action",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.DropColumn(
                name: "flags",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.DropColumn(
                name: "text_embedding",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.DropColumn(
                name: "visual_embedding",
                schema: "catalog",
                table: "creatives");
        }
    }
}
