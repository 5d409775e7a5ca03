package org.mentormatch.privacy;

import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Mentor;
import org.mentormatch.profile.Profile;

/** Mentor and mentee profiles found together: the duties here concern people, whichever side they are on. */
final class Profiles {

    private static final Sort CREATION_ORDER = Sort.by("createdAt").and("id");

    private Profiles() {
    }

    /** The mentors, then the mentees, that the Panache query finds, each in creation order. */
    static List<Profile> where(String query, Object... parameters) {
        List<Profile> profiles = new ArrayList<>(Mentor.<Mentor>list(query, CREATION_ORDER, parameters));
        profiles.addAll(Mentee.<Mentee>list(query, CREATION_ORDER, parameters));
        return profiles;
    }
}
