package org.mentormatch.preset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.mentormatch.attribute.AttributeList;
import org.mentormatch.attribute.AttributeService;
import org.mentormatch.programme.ProgrammeCreated;

/**
 * Gives a programme created with a type the type's attributes, in the creating transaction: they are stored once,
 * like any list a coordinator sets, so {@code GET /programmes/{p}/attributes} shows them and a PUT may change them.
 */
@ApplicationScoped
public class PresetAttributes {

    private static final Logger LOG = Logger.getLogger(PresetAttributes.class);
    /** A new programme has no list yet: any version will do. */
    private static final String NO_LIST_YET = "*";

    private final AttributeService attributes;

    public PresetAttributes(AttributeService attributes) {
        this.attributes = attributes;
    }

    void onCreated(@Observes ProgrammeCreated created) {
        Preset preset = Preset.of(created.type());
        if (!preset.attributes().isEmpty()) {
            attributes.replace(created.programmeId(), NO_LIST_YET, new AttributeList(preset.attributes(), null));
            LOG.infof("Programme %s given the %s attributes", created.programmeId(), created.type());
        }
    }
}
