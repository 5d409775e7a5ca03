package org.mentormatch.matchrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentormatch.consent.ConsentBasis;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Mentor;

class ConsentGateTest {

    private static final List<String> CONSENT_ONLY = List.of("CONSENT");

    @Test
    void shouldAdmitEveryoneWhileTheProgrammeListsNoBasis() {
        ConsentGate gate = new ConsentGate(List.of(), Map.of());

        assertThat(gate.admits(mentee(null))).isTrue();
        assertThat(gate.admits(mentor(null, 3))).isTrue();
        assertThat(gate.capacityOf(mentor(null, 3))).isEqualTo(3);
    }

    @Test
    void shouldAdmitOnlyListedBases() {
        ConsentGate gate = new ConsentGate(CONSENT_ONLY, Map.of());

        assertThat(gate.admits(mentee(ConsentBasis.CONSENT))).isTrue();
        assertThat(gate.admits(mentee(ConsentBasis.CONTRACT))).isFalse();
        assertThat(gate.admits(mentee(null))).isFalse();
        assertThat(gate.admits(mentor(ConsentBasis.CONSENT, 2))).isTrue();
        assertThat(gate.admits(mentor(null, 2))).isFalse();
    }

    @Test
    void shouldKeepPinnedPairsAndGiveTheirMentorNoNewMentees() {
        Mentee pinnedMentee = mentee(null);
        Mentor pinnedMentor = mentor(null, 3);
        ConsentGate gate = new ConsentGate(CONSENT_ONLY, Map.of(pinnedMentee.id, pinnedMentor.id));

        assertThat(gate.admits(pinnedMentee)).isTrue();
        assertThat(gate.admits(pinnedMentor)).isTrue();
        assertThat(gate.capacityOf(pinnedMentor)).isEqualTo(1);
    }

    @Test
    void shouldNameTheMissingBasisInTheReason() {
        ConsentGate gate = new ConsentGate(List.of("CONSENT", "CONTRACT"), Map.of());

        assertThat(gate.reasonFor(mentee(ConsentBasis.PUBLIC_TASK)).description()).isEqualTo("Left out of the run: the "
                + "programme matches only profiles recorded on CONSENT or CONTRACT, and this mentee is recorded on the basis PUBLIC_TASK.");
        assertThat(gate.reasonFor(mentee(null)).description()).endsWith("and this mentee has no consent basis recorded.");
    }

    private static Mentee mentee(ConsentBasis basis) {
        Mentee mentee = new Mentee();
        mentee.id = UUID.randomUUID();
        mentee.consentBasis = basis;
        return mentee;
    }

    private static Mentor mentor(ConsentBasis basis, int capacity) {
        Mentor mentor = new Mentor();
        mentor.id = UUID.randomUUID();
        mentor.consentBasis = basis;
        mentor.capacity = capacity;
        return mentor;
    }
}
