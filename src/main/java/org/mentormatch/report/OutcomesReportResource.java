package org.mentormatch.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentormatch.security.Roles;

@Path("/reports/outcomes")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomesReportResource {

    private final ReportService reports;

    public OutcomesReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getOutcomesReport", summary = "Report outcomes across programmes by year",
            description = "Every programme's cohorts summed by the year they started. Any figure about fewer than 5 "
                    + "people is \"<5\", never exact, so that nobody can be recognised in a small group; a rate is "
                    + "hidden when its numerator or denominator is. Admins only.")
    @APIResponse(responseCode = "200", description = "The years, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomesReport.class),
                    examples = @ExampleObject(name = "two-years", value = ReportExamples.OUTCOMES)))
    public OutcomesReport get() {
        return reports.outcomesByYear();
    }
}
