using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adology.Modules.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexesNewestFirst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_creative_search_owner_id_brand_last_seen_at",
                schema: "catalog",
                table: "creative_search");

            migrationBuilder.DropIndex(
                name: "ix_creative_search_owner_id_last_seen_at",
                schema: "catalog",
                table: "creative_search");

            migrationBuilder.CreateIndex(
                name: "ix_creative_search_owner_id_brand_last_seen_at_id",
                schema: "catalog",
                table: "creative_search",
                columns: new[] { "owner_id", "brand", "last_seen_at", "id" },
                descending: new[] { false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_creative_search_owner_id_last_seen_at_id",
                schema: "catalog",
                table: "creative_search",
                columns: new[] { "owner_id", "last_seen_at", "id" },
                descending: new[] { false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_creative_search_owner_id_brand_last_seen_at_id",
                schema: "catalog",
                table: "creative_search");

            migrationBuilder.DropIndex(
                name: "ix_creative_search_owner_id_last_seen_at_id",
                schema: "catalog",
                table: "creative_search");

            migrationBuilder.CreateIndex(
                name: "ix_creative_search_owner_id_brand_last_seen_at",
                schema: "catalog",
                table: "creative_search",
                columns: new[] { "owner_id", "brand", "last_seen_at" });

            migrationBuilder.CreateIndex(
                name: "ix_creative_search_owner_id_last_seen_at",
                schema: "catalog",
                table: "creative_search",
                columns: new[] { "owner_id", "last_seen_at" });
        }
    }
}
