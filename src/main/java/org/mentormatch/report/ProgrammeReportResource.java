package org.mentormatch.report;

import static org.mentormatch.api.ApiDefinition.NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/report")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeReportResource {

    private final ReportService reports;

    public ProgrammeReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "getProgrammeReport", summary = "Report a programme's cohorts side by side",
            description = "One entry per cohort, by start date, each with the figures of the cohort's own report.")
    @APIResponse(responseCode = "200", description = "The cohorts' reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeReport.class),
                    examples = @ExampleObject(name = "one-cohort", value = ReportExamples.PROGRAMME)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public ProgrammeReport get(@PathParam("programmeId") UUID programmeId) {
        return reports.programme(programmeId);
    }
}
