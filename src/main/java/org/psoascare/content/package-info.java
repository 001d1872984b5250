/**
 * Content: the shared kernel. Reads content files, checks them, renders Markdown and
 * stores each content type; every feature builds on it, and it uses no other module.
 */
@ApplicationModule(displayName = "Content", allowedDependencies = {})
package org.psoascare.content;

import org.springframework.modulith.ApplicationModule;
