/**
 * CAMEO event-code facts: names, Goldstein values, quad classes and the PLOVER mappings. Takes a
 * code string, produces a {@link org.vigil.core.cameo.EventCodeInfo}. Depends on nothing.
 */
package org.vigil.core.cameo;
