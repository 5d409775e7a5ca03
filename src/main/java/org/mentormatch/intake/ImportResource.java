package org.mentormatch.intake;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.PROBLEM_JSON;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentormatch.profile.ProfileSheets;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/imports")
@Tag(name = "Import")
public class ImportResource {

    private static final String KINDS = "mentees|mentors";

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes({ProfileSheets.CSV, ProfileSheets.XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importProfiles", summary = "Import mentors or mentees from a spreadsheet",
            description = "A CSV file (UTF-8, columns separated by , or ;) or the first sheet of an Excel workbook: "
                    + "a header naming the columns (the profile's JSON names or the template's labels), then one "
                    + "profile per row; lists separated by ; in a cell (| in a file separated by ;). Every row is "
                    + "checked as one profile sent to the API is; any invalid cell refuses the whole file (422, every "
                    + "cell named by row and column) and nothing is written. A row whose e-mail the cohort has "
                    + "updates that profile, an identical row leaves it unchanged, a new e-mail creates one. "
                    + "With dryRun=true the same answer is given and nothing is written. Refused while a match run "
                    + "solves for the cohort (409), for an unreadable file (400) or a larger body than the import "
                    + "limit (413).")
    @RequestBody(required = true, content = {
        @Content(mediaType = ProfileSheets.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                examples = @ExampleObject(name = "mentees", value = Examples.CSV)),
        @Content(mediaType = ProfileSheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
    })
    @APIResponse(responseCode = "200", description = "Imported, or with dryRun what would be",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "imported", value = Examples.RESULT)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", description = "Invalid cells; each is named, and nothing was written",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = InvalidRowsProblem.class),
                    examples = @ExampleObject(name = "invalid-rows", value = Examples.INVALID)))
    public ImportResult importProfiles(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @QueryParam("kind") @NotNull @Pattern(regexp = KINDS)
            @Parameter(description = "Whether the sheet holds mentees or mentors", required = true,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"mentees", "mentors"})) String kind,
            @QueryParam("dryRun") @DefaultValue("false")
            @Parameter(description = "Check the file and count what it would do, without writing") boolean dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) MediaType contentType,
            byte[] body) {
        SheetFormat format = SheetFormat.of(contentType.toString()).orElseThrow();
        return imports.importSheet(kind, programmeId, cohortId, SheetReader.read(format, body), dryRun);
    }

    @GET
    @Path("/template")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Produces({ProfileSheets.CSV, ProfileSheets.XLSX})
    @Operation(operationId = "getImportTemplate", summary = "Download an empty import sheet",
            description = "The header row (the template's labels) and one example row; a workbook has a second "
                    + "sheet, Columns, that says what each column holds and which values it allows (ISO codes, "
                    + "ISCO-08 occupations, ISCED levels). Refused when the cohort does not exist (404).")
    @APIResponse(responseCode = "200", description = "The template", content = {
        @Content(mediaType = ProfileSheets.CSV, schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "mentees", value = Examples.TEMPLATE)),
        @Content(mediaType = ProfileSheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
    })
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Response template(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @QueryParam("kind") @NotNull @Pattern(regexp = KINDS)
            @Parameter(description = "A sheet of mentees or of mentors", required = true,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"mentees", "mentors"})) String kind,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx")
            @Parameter(description = "CSV or an Excel workbook",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"})) String format) {
        SheetFormat sheetFormat = SheetFormat.named(format).orElseThrow();
        byte[] template = imports.template(kind, programmeId, cohortId, sheetFormat);
        return Response.ok(template, sheetFormat.mediaType())
                .header("Content-Disposition", sheetFormat.attachment(kind + "-template"))
                .build();
    }

    static final class Examples {
        static final String CSV = """
                displayName,email,field,languages,wishes.preferredFields,wishes.meetingMode
                Ana Lima,ana@example.org,2512,pt;en,25,IN_PERSON
                Li Wei,li@example.org,2511,zh;en,,ONLINE
                """;
        static final String RESULT = """
                {"dryRun": false, "created": 2, "updated": 0, "unchanged": 0}""";
        static final String INVALID = """
                {"type": "https://mentor-match.org/problems/invalid-rows", "title": "Unprocessable Content", "status": 422,
                 "detail": "2 invalid cells; nothing was imported",
                 "instance": "/programmes/3f0c2a4e-8d7b-4c1e-9a55-0b7e2d9c1f00/cohorts/8b1d7e2a-4c6f-4e3b-9d1a-2f7c5e8a0b13/imports",
                 "errors": [{"row": 3, "column": "languages", "value": "Danish", "message": "must be an ISO 639-1 language code"},
                            {"row": 7, "column": "email", "value": "ana@example.org", "message": "rows 2 and 7 have the same e-mail"}],
                 "total": 2}""";
        static final String TEMPLATE = """
                Display name,Email,Field,Education level,Years of experience,Skills,Interests,Languages,Region,Remote ok,\
                Home country,Employer,Wishes: preferred fields,Wishes: preferred languages,Wishes: meeting mode,Wishes: note
                Ana Lima,ana@example.org,2512,6,4,Python,Running,pt;en,DK-84,false,BR,,25;2421,en,,Would like to move into management
                """;

        private Examples() {
        }
    }
}
