package org.mentormatch.profile;

import org.mentormatch.api.idempotency.Idempotent;
import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.PRECONDITION_FAILED;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;
import static org.mentormatch.profile.ProfileKind.MENTEES;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mentormatch.api.ETags;
import org.mentormatch.api.MergePatch;
import org.mentormatch.api.PageRequest;
import org.mentormatch.api.StorableText;
import org.mentormatch.profile.validation.IsoLanguage;
import org.mentormatch.profile.validation.OccupationCode;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/mentees")
@Tag(name = "Mentees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MenteeResource extends ProfileResource<Mentee, MenteeRequest, MenteeResponse> {

    public MenteeResource(ProfileService profiles, ProfileSheets sheets) {
        super(profiles, MENTEES, sheets);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Produces({MediaType.APPLICATION_JSON, ProfileSheets.CSV, ProfileSheets.XLSX})
    @Operation(operationId = "listMentees", summary = "List a cohort's mentees",
            description = "In the order they were added, a page at a time; the filters combine. A page answers "
                    + "`next` while more follow: send it back as `cursor` for the page after, which is as fast at "
                    + "the end of a large cohort as at its start (an `offset` makes the database step over every "
                    + "mentee before the page). Refused when a filter is malformed, the paging out of range or the cursor "
                    + "not one this list gave (400).")
    @APIResponse(responseCode = "200", description = "A page of mentees, or all of them as a spreadsheet",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MenteePage.class)),
                @Content(mediaType = ProfileSheets.CSV, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = Examples.CSV)),
                @Content(mediaType = ProfileSheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Response list(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @QueryParam("offset") @DefaultValue("0") @Min(0)
            @Parameter(description = "Index of the first mentee to return, counted from 0") int offset,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = "Largest number of mentees to return (1-100)") int limit,
            @QueryParam("cursor") @Parameter(description = "Where the page starts: the `next` of the page before. "
                    + "Replaces offset when given", schema = @Schema(type = SchemaType.STRING),
                    example = PageCursor.EXAMPLE) PageCursor cursor,
            @QueryParam("field") @OccupationCode
            @Parameter(description = "Only mentees whose occupation code starts with this (25 matches 2511)", example = "25") String field,
            @QueryParam("language") @IsoLanguage
            @Parameter(description = "Only mentees who speak this ISO 639-1 language", example = "da") String language,
            @QueryParam("q") @Size(max = 200) @StorableText
            @Parameter(description = "Only mentees whose name or email contains this text (any case)") String q,
            @HeaderParam("Accept") @Parameter(description = "application/json for a page; text/csv or the Excel type "
                    + "for every mentee (no paging) as a sheet the import reads") String accept) {
        return pageOrSheet(programmeId, cohortId, offset, limit, cursor, field, language, q, accept);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "createMentee", summary = "Add a mentee to a cohort",
            description = "Adds a mentee profile to the cohort and answers with its URL and version. Refused when a "
                    + "field is invalid (400) or another mentee of the cohort has the same email (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "mentee", value = Examples.MENTEE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {
                @Header(name = "Location", description = "URL of the new mentee", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", description = "Version of the new mentee", schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MenteeResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<MenteeResponse> create(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @Valid @NotNull MenteeRequest request,
            UriInfo uri) {
        return add(programmeId, cohortId, request, uri);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Path("/{menteeId}")
    @Operation(operationId = "getMentee", summary = "Read a mentee",
            description = "Answers the profile with its version as the ETag, to send back in If-Match when changing "
                    + "it. Refused when the mentee is not in this cohort (404).")
    @APIResponse(responseCode = "200", description = "The mentee",
            headers = @Header(name = "ETag", description = "Its current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MenteeResponse.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<MenteeResponse> get(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @PathParam("menteeId") UUID menteeId) {
        return read(programmeId, cohortId, menteeId);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{menteeId}")
    @Operation(operationId = "replaceMentee", summary = "Replace a mentee",
            description = "Fields left out take their defaults, as on creation. Refused when If-Match names an older "
                    + "version (412), or when the email is another mentee's or the mentee was anonymised (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "mentee", value = Examples.MENTEE)))
    @APIResponse(responseCode = "200", description = "The mentee as changed",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MenteeResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<MenteeResponse> replace(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @PathParam("menteeId") UUID menteeId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the change is refused if it is stale") String ifMatch,
            @Valid @NotNull MenteeRequest request) {
        return overwrite(programmeId, cohortId, menteeId, ifMatch, request);
    }

    @PATCH
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{menteeId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchMentee", summary = "Change some fields of a mentee",
            description = "A JSON Merge Patch (RFC 7396): fields present are set, fields set to null are cleared. "
                    + "Refused as a replacement is: an older version in If-Match (412), another mentee's email or an "
                    + "anonymised mentee (409).")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any fields of MenteeRequest"),
            examples = @ExampleObject(name = "wishes", value = Examples.PATCH)))
    @APIResponse(responseCode = "200", description = "The mentee as changed",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MenteeResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<MenteeResponse> patch(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @PathParam("menteeId") UUID menteeId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the change is refused if it is stale") String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        return merge(programmeId, cohortId, menteeId, ifMatch, patch);
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{menteeId}")
    @Operation(operationId = "deleteMentee", summary = "Remove a mentee from a cohort",
            description = "Deletes a mentee who has no open matches. Refused while they have proposed, accepted or "
                    + "published matches (withdraw them instead, so that those end on the record) or when If-Match "
                    + "names an older version (412).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    public void delete(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @PathParam("menteeId") UUID menteeId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the deletion is refused if it is stale") String ifMatch) {
        remove(programmeId, cohortId, menteeId, ifMatch);
    }

    /** The JSON page of this resource, named for the contract (the method also answers with spreadsheets). */
    @Schema(name = "PageMenteeResponse")
    static final class MenteePage {
        @Schema(description = "The items on this page")
        public List<MenteeResponse> items;
        @Schema(description = "Index of the first item, counted from 0", example = "0")
        public int offset;
        @Schema(description = "Largest number of items a page holds", example = "20")
        public int limit;
        @Schema(description = "Number of items across all pages", example = "42")
        public long total;
        @Schema(description = "Where the next page starts, to send as the cursor parameter; absent on the last page",
                example = PageCursor.EXAMPLE)
        public String next;
    }

    static final class Examples {
        static final String CSV = """
                displayName,email,field,educationLevel,yearsOfExperience,skills,interests,languages,region,remoteOk,homeCountry,employer,wishes.preferredFields,wishes.preferredLanguages,wishes.meetingMode,wishes.note
                Ana Lima,ana@example.org,2512,6,4,Python,Running,pt;en,DK-84,false,BR,,25,en,IN_PERSON,Would like to move into management
                """;
        static final String MENTEE = """
                {"displayName": "Ana Lima", "email": "ana@example.org", "field": "2512", "educationLevel": 6,
                 "yearsOfExperience": 4, "skills": ["Python"], "interests": ["Running"], "languages": ["pt", "en"],
                 "region": "DK-84", "remoteOk": false, "homeCountry": "BR",
                 "wishes": {"preferredFields": ["25"], "preferredLanguages": ["en"], "meetingMode": "IN_PERSON",
                            "note": "Would like to move into management"}}""";
        static final String PATCH = """
                {"wishes": {"meetingMode": "ONLINE", "note": null}}""";

        private Examples() {
        }
    }
}
