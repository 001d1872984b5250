package org.psoascare.content;

/**
 * Published by the {@link ContentLoader} inside a load's transaction, once every file is
 * read and checked and the store matches them: every document of the load, by kind and
 * slug. A {@code @TransactionalEventListener} gets it only when the load commits, so a
 * view built in memory from the parsed files (such as the checklist) never takes a load
 * that rolled back, and never parses stored text again.
 *
 * @param documents every document the load read, as {@link ContentIndex#all} gives them
 */
public record ContentReadEvent(ContentIndex documents) {
}
