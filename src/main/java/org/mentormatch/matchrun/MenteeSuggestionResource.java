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

@Path("/programmes/{programmeId}/cohorts/{cohortId}/mentees/{menteeId}/suggestions")
@Tag(name = "Review")
@Produces(MediaType.APPLICATION_JSON)
public class MenteeSuggestionResource {

    private final SuggestionFinder suggestions;

    public MenteeSuggestionResource(SuggestionFinder suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "suggestMentors", summary = "Suggest mentors for a mentee",
            description = "The best mentors for this mentee now, best first: those with a free place (capacity minus "
                    + "their current matches: proposed pairs of the adopted run, accepted and published pairs) whose "
                    + "pair with the mentee breaks no rule of the cohort's policy (exclusions, pairs rejected or "
                    + "ended, employer rule, language, field closeness, MUST criteria and stated choices, minimum "
                    + "quality, MUST mix quotas of the mentor's group), with quality "
                    + "and reasons as a run grades them. For a mentee who already has a match these are alternatives: "
                    + "their own mentor is not among them. Withdrawn, anonymised and non-consenting mentors never "
                    + "appear. Refused when the limit is outside 1-50 (400), the mentee is not in this cohort (404), "
                    + "or a run would not match the mentee (409, type withdrawn, anonymised or "
                    + "no-allowed-consent-basis).")
    @APIResponse(responseCode = "200", description = "Up to limit mentors, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SuggestionList.class),
                    examples = @ExampleObject(name = "mentors", value = SuggestionExamples.MENTORS)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public SuggestionList suggest(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @PathParam("menteeId") UUID menteeId,
            @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(SuggestionFinder.MAX_LIMIT)
            @Parameter(description = "Largest number of mentors to suggest (1-50)") int limit) {
        return suggestions.forMentee(programmeId, cohortId, menteeId, limit);
    }
}
