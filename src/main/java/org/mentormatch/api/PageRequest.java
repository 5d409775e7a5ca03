package org.mentormatch.api;

/** Which slice of a list to return; resources take it as the {@code offset} and {@code limit} query parameters. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 100;
    public static final String DEFAULT_LIMIT = "20";
}
