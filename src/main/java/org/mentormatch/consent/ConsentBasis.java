package org.mentormatch.consent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The lawful basis a participant's data is processed on (GDPR article 6(1) a, b, e and f). */
@Schema(name = "ConsentBasis", description = "The lawful basis the participant's data is processed on (GDPR art. 6(1))")
public enum ConsentBasis {
    CONSENT,
    CONTRACT,
    PUBLIC_TASK,
    LEGITIMATE_INTEREST
}
