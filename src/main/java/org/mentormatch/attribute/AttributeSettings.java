package org.mentormatch.attribute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentormatch.persistence.AuditedEntity;

/** A programme's attributes as stored (V17); a programme without a row has none. */
@Entity
@Table(name = "programme_attributes")
public class AttributeSettings extends AuditedEntity {

    @Column(name = "programme_id", nullable = false, updatable = false)
    public UUID programmeId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ProgrammeAttribute> attributes;
}
