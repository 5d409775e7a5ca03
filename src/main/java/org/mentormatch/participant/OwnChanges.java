package org.mentormatch.participant;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Profile;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.refusal.Violation;

/**
 * What a participant may change of their own profile: their interests, availability and, for a mentee, the wishes
 * for a mentor. Everything else (name, e-mail, field, capacity, consent…) is the coordinator's record.
 */
final class OwnChanges {

    private static final Set<String> ANYONE = Set.of("interests", "availabilityNote");
    private static final Set<String> MENTEE = Set.of("interests", "availabilityNote", "wishes");
    private static final Set<String> WISHES = Set.of("preferredFields", "preferredLanguages", "meetingMode", "note");

    private OwnChanges() {
    }

    /** Refuses a merge patch naming any other member, each named; a patch that is no object is left to MergePatch. */
    static void require(JsonNode patch, Profile profile) {
        if (patch == null || !patch.isObject()) {
            return;
        }
        Set<String> allowed = profile instanceof Mentee ? MENTEE : ANYONE;
        List<Violation> refused = new ArrayList<>();
        patch.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                refused.add(new Violation(name, "cannot be changed by the participant; ask the programme's coordinator"));
            }
        });
        JsonNode wishes = patch.get("wishes");
        if (allowed.contains("wishes") && wishes != null && wishes.isObject()) {
            wishes.fieldNames().forEachRemaining(name -> {
                if (!WISHES.contains(name)) {
                    refused.add(new Violation("wishes." + name, "is not a wish a mentee can state"));
                }
            });
        }
        if (!refused.isEmpty()) {
            throw new Invalid(refused);
        }
    }
}
