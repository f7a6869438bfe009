using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SozialHub.Api.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SocialReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SocialReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Template = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedContent = table.Column<string>(type: "TEXT", nullable: true),
                    DraftBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SocialReportChapters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SocialReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialReportChapters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SocialReportChapters_SocialReports_SocialReportId",
                        column: x => x.SocialReportId,
                        principalTable: "SocialReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SocialReportChapters_SocialReportId_Key",
                table: "SocialReportChapters",
                columns: new[] { "SocialReportId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SocialReports_Year",
                table: "SocialReports",
                column: "Year",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SocialReportChapters");

            migrationBuilder.DropTable(
                name: "SocialReports");
        }
    }
}
