using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SozialHub.Api.Database.Migrations.MySql
{
    /// <inheritdoc />
    public partial class ContributionAsOrganization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Organization",
                table: "Contributions");

            migrationBuilder.AddColumn<int>(
                name: "OrganizationId",
                table: "Contributions",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contributions_OrganizationId",
                table: "Contributions",
                column: "OrganizationId");

            migrationBuilder.AddForeignKey(
                name: "FK_Contributions_Organizations_OrganizationId",
                table: "Contributions",
                column: "OrganizationId",
                principalTable: "Organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contributions_Organizations_OrganizationId",
                table: "Contributions");

            migrationBuilder.DropIndex(
                name: "IX_Contributions_OrganizationId",
                table: "Contributions");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "Contributions");

            migrationBuilder.AddColumn<string>(
                name: "Organization",
                table: "Contributions",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");
        }
    }
}
