package org.mentormatch.report;

import static org.mentormatch.api.ApiDefinition.NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/report")
@Tag(name = "Programme year")
public class CohortReportResource {

    private final ReportService reports;

    public CohortReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Produces({MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE, ReportChart.MEDIA_TYPE})
    @Operation(operationId = "getCohortReport", summary = "Report a cohort's year",
            description = "Participants, matches, withdrawals by reason, days to match, check-ins, feedback, "
                    + "outcomes and the job rate per active mentee, computed now. As JSON; with Accept: text/csv one "
                    + "row per figure (figure,value; dotted names such as jobRateByField.SAME_FIELD.rate; an empty "
                    + "value where a rate has nothing to count); with Accept: image/svg+xml bar charts of the funnel "
                    + "and of outcomes by type.")
    @APIResponse(responseCode = "200", description = "The report",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortReport.class),
                        examples = @ExampleObject(name = "year", value = ReportExamples.COHORT)),
                @Content(mediaType = ReportCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = ReportExamples.CSV)),
                @Content(mediaType = ReportChart.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "svg", value = ReportExamples.SVG))
            })
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<Object> get(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @HeaderParam("Accept") String accept) {
        CohortReport report = reports.cohort(programmeId, cohortId);
        if (accept != null && accept.contains(ReportCsv.MEDIA_TYPE)) {
            return RestResponse.ResponseBuilder.<Object>ok(ReportCsv.write(report), ReportCsv.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"cohort-report.csv\"")
                    .build();
        }
        if (accept != null && accept.contains(ReportChart.MEDIA_TYPE)) {
            return RestResponse.ResponseBuilder.<Object>ok(ReportChart.draw(report), ReportChart.MEDIA_TYPE).build();
        }
        return RestResponse.ResponseBuilder.<Object>ok(report, MediaType.APPLICATION_JSON).build();
    }
}
