package org.mentormatch.profile;

import java.util.UUID;

/** What the profile resource needs of a mentor or mentee it returns: where it is and which version. */
interface ProfileResponse {

    UUID id();

    long version();
}
