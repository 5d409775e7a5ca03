package org.mentormatch.profile;

import java.util.List;
import java.util.Map;
import org.mentormatch.attribute.AttributeValues;
import org.mentormatch.consent.Consent;

/**
 * The fields every profile request carries. The request records implement it with their accessors, so that the
 * common columns are written in one place.
 */
public interface ProfileRequest<E extends Profile> {

    String displayName();

    String email();

    String field();

    Integer educationLevel();

    Integer yearsOfExperience();

    List<String> skills();

    List<String> interests();

    List<String> languages();

    String region();

    Boolean remoteOk();

    String homeCountry();

    String employer();

    Consent consent();

    String availabilityNote();

    /** Values of the programme's attributes; checked against its list by the service, not here. */
    Map<String, Object> attributes();

    /** Writes the whole request onto the entity, normalised, absent values as their defaults. */
    void applyTo(E profile);

    default void applyCommonTo(Profile profile) {
        profile.displayName = displayName().strip();
        profile.email = Normalise.lower(email());
        profile.field = field();
        profile.educationLevel = educationLevel();
        profile.yearsOfExperience = yearsOfExperience();
        profile.skills = Normalise.entries(skills());
        profile.interests = Normalise.entries(interests());
        profile.languages = Normalise.lowerCodes(languages());
        profile.region = Normalise.upper(region());
        profile.remoteOk = Boolean.TRUE.equals(remoteOk());
        profile.homeCountry = Normalise.upper(homeCountry());
        profile.employer = Normalise.text(employer());
        profile.setConsent(consent());
        profile.availabilityNote = Normalise.text(availabilityNote());
        profile.attributes = AttributeValues.normalised(attributes());
    }
}
