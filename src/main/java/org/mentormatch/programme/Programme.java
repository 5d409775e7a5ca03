package org.mentormatch.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.mentormatch.persistence.AuditedEntity;

/** A mentoring programme a coordinator runs, year after year, as a series of cohorts. */
@Entity
@Table(name = "programme")
public class Programme extends AuditedEntity {

    public String name;

    public String description;
}
