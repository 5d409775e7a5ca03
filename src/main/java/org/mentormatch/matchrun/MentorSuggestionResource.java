package org.mentormatch.matchrun;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/mentors/{mentorId}/suggestions")
@Tag(name = "Review")
@Produces(MediaType.APPLICATION_JSON)
public class MentorSuggestionResource {

    private final SuggestionFinder suggestions;

    public MentorSuggestionResource(SuggestionFinder suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "suggestMentees", summary = "Suggest mentees for a mentor",
            description = "The best mentees for this mentor now, best first: those without a current match (a "
                    + "proposed pair of the adopted run, an accepted or a published pair) whose pair with the mentor "
                    + "breaks no rule of the cohort's policy (exclusions, pairs rejected or ended, employer rule, "
                    + "language, field closeness, MUST criteria and stated choices, minimum "
                    + "quality, MUST mix quotas of the mentor's group), with quality and reasons as a run "
                    + "grades them. They are suggested whether or not the mentor has a free place. Withdrawn, "
                    + "anonymised and non-consenting mentees never appear. Refused when the limit is outside 1-50 "
                    + "(400), the mentor is not in this cohort (404), or a run would not match the mentor (409, type "
                    + "withdrawn, anonymised or no-allowed-consent-basis).")
    @APIResponse(responseCode = "200", description = "Up to limit mentees, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SuggestionList.class),
                    examples = @ExampleObject(name = "mentees", value = SuggestionExamples.MENTEES)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public SuggestionList suggest(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @PathParam("mentorId") UUID mentorId,
            @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(SuggestionFinder.MAX_LIMIT)
            @Parameter(description = "Largest number of mentees to suggest (1-50)") int limit) {
        return suggestions.forMentor(programmeId, cohortId, mentorId, limit);
    }
}
