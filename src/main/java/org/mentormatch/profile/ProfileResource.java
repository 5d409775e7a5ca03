package org.mentormatch.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.mentormatch.api.ETags;
import org.mentormatch.api.PageRequest;

/**
 * The endpoints of a cohort's mentors or mentees, written once over their {@link ProfileKind}: what each does and
 * how it answers (Location, ETag). Each kind still has a root class of its own, because JAX-RS needs one per path
 * and the contract names the path parameter, operation ids, summaries and examples after the kind, which SmallRye
 * OpenAPI reads from the annotated method itself. Those classes declare the methods and call these.
 */
abstract class ProfileResource<E extends Profile, Q extends ProfileRequest<E>, R extends ProfileResponse> {

    private final ProfileService profiles;
    private final ProfileKind<E, Q, R> kind;
    private final ProfileSheets sheets;

    ProfileResource(ProfileService profiles, ProfileKind<E, Q, R> kind, ProfileSheets sheets) {
        this.profiles = profiles;
        this.kind = kind;
        this.sheets = sheets;
    }

    /**
     * A page as JSON or, when the Accept header asks for a spreadsheet and not for JSON, every profile the filters
     * let through as that sheet (the shape an import reads).
     */
    Response pageOrSheet(UUID programmeId, UUID cohortId, int offset, int limit, PageCursor cursor, String field,
            String language, String q, String accept) {
        ProfileFilter filter = ProfileFilter.of(field, language, q);
        String sheetType = accept == null || accept.contains(MediaType.APPLICATION_JSON) ? null
                : accept.contains(ProfileSheets.XLSX) ? ProfileSheets.XLSX
                : accept.contains(ProfileSheets.CSV) ? ProfileSheets.CSV : null;
        if (sheetType == null) {
            return Response.ok(profiles.list(kind, programmeId, cohortId, filter, new PageRequest(offset, limit), cursor)).build();
        }
        String title = kind.name().toLowerCase(Locale.ROOT) + "s";
        byte[] sheet = sheets.write(sheetType, title, kind.requestType().asSubclass(Record.class),
                profiles.requests(kind, programmeId, cohortId, filter).stream().map(Record.class::cast).toList());
        return Response.ok(sheet, sheetType)
                .header("Content-Disposition", "attachment; filename=\"%s.%s\"".formatted(title,
                        sheetType.equals(ProfileSheets.CSV) ? "csv" : "xlsx"))
                .build();
    }

    RestResponse<R> add(UUID programmeId, UUID cohortId, Q request, UriInfo uri) {
        R created = profiles.create(kind, programmeId, cohortId, request);
        return RestResponse.ResponseBuilder
                .<R>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .tag(ETags.of(created.version()))
                .build();
    }

    RestResponse<R> read(UUID programmeId, UUID cohortId, UUID id) {
        return withETag(profiles.get(kind, programmeId, cohortId, id));
    }

    RestResponse<R> overwrite(UUID programmeId, UUID cohortId, UUID id, String ifMatch, Q request) {
        return withETag(profiles.replace(kind, programmeId, cohortId, id, ifMatch, request));
    }

    RestResponse<R> merge(UUID programmeId, UUID cohortId, UUID id, String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        return withETag(profiles.patch(kind, programmeId, cohortId, id, ifMatch, patch));
    }

    void remove(UUID programmeId, UUID cohortId, UUID id, String ifMatch) {
        profiles.delete(kind, programmeId, cohortId, id, ifMatch);
    }

    private RestResponse<R> withETag(R profile) {
        return RestResponse.ResponseBuilder.ok(profile).tag(ETags.of(profile.version())).build();
    }
}
