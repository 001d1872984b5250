/**
 * Progress and reminders, kept on the person's own device: the progress diary
 * ({@code /progress}, entries in the browser's storage only, served with
 * {@code connect-src 'none'}) and "Add to my calendar" ({@code /calendar},
 * {@code /calendar.ics}: an iCalendar file built from a GET form, nothing stored). Uses
 * content, web, stretch (routine titles and lengths) and offline (it lists its pages for
 * the service worker).
 */
@ApplicationModule(displayName = "Progress and reminders",
		allowedDependencies = { "content", "web", "stretch", "offline" })
package org.psoascare.progress;

import org.springframework.modulith.ApplicationModule;
