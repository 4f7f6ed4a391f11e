using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adology.Modules.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_creative_search_owner_id_call_to_action_flagged_last_seen_at",
                schema: "catalog",
                table: "creative_search",
                columns: new[] { "owner_id", "call_to_action", "flagged", "last_seen_at" });

            migrationBuilder.CreateIndex(
                name: "ix_creative_search_owner_id_platform_format_last_seen_at",
                schema: "catalog",
                table: "creative_search",
                columns: new[] { "owner_id", "platform", "format", "last_seen_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_creative_search_owner_id_call_to_action_flagged_last_seen_at",
                schema: "catalog",
                table: "creative_search");

            migrationBuilder.DropIndex(
                name: "ix_creative_search_owner_id_platform_format_last_seen_at",
                schema: "catalog",
                table: "creative_search");
        }
    }
}
