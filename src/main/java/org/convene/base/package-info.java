/**
 * Shared foundation: the app shell, error handling, security, i18n, the embedded database and
 * the entity base class. Open to every other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.convene.base;
