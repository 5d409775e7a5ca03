package org.mentormatch.demo;

import java.util.List;
import org.mentormatch.profile.MenteeRequest;
import org.mentormatch.profile.MentorRequest;

/** A made-up cohort, as the requests a coordinator would have sent for it. */
public record DemoCohort(List<MentorRequest> mentors, List<MenteeRequest> mentees) {
}
