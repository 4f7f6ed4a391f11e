using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adology.Modules.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class CreativeSearchOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_creatives_brand_last_seen_at",
                schema: "catalog",
                table: "creatives");

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
                name: "ix_creatives_owner_id_seen_count_last_seen_at",
                schema: "catalog",
                table: "creatives",
                columns: new[] { "owner_id", "seen_count", "last_seen_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
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
                name: "ix_creatives_owner_id_seen_count_last_seen_at",
                schema: "catalog",
                table: "creatives");

            migrationBuilder.CreateIndex(
                name: "ix_creatives_brand_last_seen_at",
                schema: "catalog",
                table: "creatives",
                columns: new[] { "brand", "last_seen_at" });
        }
    }
}
