package org.mentormatch.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test (or a whole test class) that sends requests the contract does not allow, on purpose: bad input
 * to see it refused, or calls to Quarkus' own endpoints ({@code /q/...}). Its requests are not checked against
 * {@code openapi/openapi.yaml}; the answers to those that reach an operation still are. Every other test has
 * both checked (see {@link CheckedAgainstContract}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RequestsOutsideTheContract {
}
