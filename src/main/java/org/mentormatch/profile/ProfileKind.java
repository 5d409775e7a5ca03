package org.mentormatch.profile;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What {@link ProfileService} needs to know about mentors or mentees: how to make, find and show one. Mentors and
 * mentees behave alike, so one service serves both.
 */
public record ProfileKind<E extends Profile, Q extends ProfileRequest<E>, R>(
        String name,
        String uniqueEmailConstraint,
        Class<Q> requestType,
        Supplier<E> create,
        Finder<E> finder,
        Function<E, Q> toRequest,
        Function<E, R> toResponse) {

    public static final ProfileKind<Mentor, MentorRequest, MentorResponse> MENTORS = new ProfileKind<>(
            "Mentor", Mentor.UNIQUE_EMAIL, MentorRequest.class, Mentor::new,
            (query, sort, parameters) -> Mentor.find(query, sort, parameters),
            ProfileMapper.INSTANCE::toRequest, ProfileMapper.INSTANCE::toResponse);

    public static final ProfileKind<Mentee, MenteeRequest, MenteeResponse> MENTEES = new ProfileKind<>(
            "Mentee", Mentee.UNIQUE_EMAIL, MenteeRequest.class, Mentee::new,
            (query, sort, parameters) -> Mentee.find(query, sort, parameters),
            ProfileMapper.INSTANCE::toRequest, ProfileMapper.INSTANCE::toResponse);

    /**
     * The entity's Panache {@code find}. It is static, so it cannot be reached through a type parameter, and it is
     * called in a lambda rather than by method reference so that the call names the entity class Panache enhanced.
     */
    @FunctionalInterface
    public interface Finder<E> {
        PanacheQuery<E> find(String query, Sort sort, Parameters parameters);
    }
}
