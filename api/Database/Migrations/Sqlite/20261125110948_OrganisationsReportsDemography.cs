using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SozialHub.Api.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrganisationsReportsDemography : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Organization",
                table: "Contributions");

            migrationBuilder.AddColumn<bool>(
                name: "RequiresReview",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                // Offerings that exist before drafts were introduced stay public.
                name: "Publication",
                table: "Offerings",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Published");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Offerings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Locations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Facilities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeclinedAt",
                table: "Cooperations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OrganizationId",
                table: "Contributions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObjectType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ObjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    ActorSubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DemographicValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SocialSpaceId = table.Column<int>(type: "INTEGER", nullable: true),
                    Age = table.Column<int>(type: "INTEGER", nullable: false),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    ImportBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemographicValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemographicValues_ImportBatches_ImportBatchId",
                        column: x => x.ImportBatchId,
                        principalTable: "ImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DemographicValues_SocialSpaces_SocialSpaceId",
                        column: x => x.SocialSpaceId,
                        principalTable: "SocialSpaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MailOutbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Template = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FailedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MemberInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    InvitedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InvitedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberInvitations_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MembershipRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembershipRequests_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "IX_Offerings_Publication",
                table: "Offerings",
                column: "Publication");

            migrationBuilder.CreateIndex(
                name: "IX_Contributions_OrganizationId",
                table: "Contributions",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ObjectType_ObjectId_At",
                table: "AuditEntries",
                columns: new[] { "ObjectType", "ObjectId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DemographicValues_ImportBatchId",
                table: "DemographicValues",
                column: "ImportBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_DemographicValues_Kind_SocialSpaceId_Age_Sex",
                table: "DemographicValues",
                columns: new[] { "Kind", "SocialSpaceId", "Age", "Sex" });

            migrationBuilder.CreateIndex(
                name: "IX_DemographicValues_SocialSpaceId",
                table: "DemographicValues",
                column: "SocialSpaceId");

            migrationBuilder.CreateIndex(
                name: "IX_MailOutbox_Recipient",
                table: "MailOutbox",
                column: "Recipient");

            migrationBuilder.CreateIndex(
                name: "IX_MailOutbox_SentAt_NextAttemptAt",
                table: "MailOutbox",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberInvitations_Email",
                table: "MemberInvitations",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_MemberInvitations_OrganizationId",
                table: "MemberInvitations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberInvitations_TokenHash",
                table: "MemberInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MembershipRequests_OrganizationId_Status",
                table: "MembershipRequests",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MembershipRequests_Subject",
                table: "MembershipRequests",
                column: "Subject");

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

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "DemographicValues");

            migrationBuilder.DropTable(
                name: "MailOutbox");

            migrationBuilder.DropTable(
                name: "MemberInvitations");

            migrationBuilder.DropTable(
                name: "MembershipRequests");

            migrationBuilder.DropTable(
                name: "SocialReportChapters");

            migrationBuilder.DropTable(
                name: "SocialReports");

            migrationBuilder.DropIndex(
                name: "IX_Offerings_Publication",
                table: "Offerings");

            migrationBuilder.DropIndex(
                name: "IX_Contributions_OrganizationId",
                table: "Contributions");

            migrationBuilder.DropColumn(
                name: "RequiresReview",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Publication",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Facilities");

            migrationBuilder.DropColumn(
                name: "DeclinedAt",
                table: "Cooperations");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "Contributions");

            migrationBuilder.AddColumn<string>(
                name: "Organization",
                table: "Contributions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }
    }
}
