package org.newsgraph.article;

/** An input record that could not be read, named so that a user can find it: {@code file} or {@code file:line}. */
public record Reject(String record, String reason) {

    @Override
    public String toString() {
        return record + ": " + reason;
    }
}
