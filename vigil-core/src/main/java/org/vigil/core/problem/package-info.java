/**
 * Data problems as values. Any stage that cannot process an input returns a {@link
 * org.vigil.core.problem.Problem} with a stable {@link org.vigil.core.problem.ProblemCode}, the
 * input's location and a reason; runners decide whether to skip or fail. Depends on nothing.
 */
package org.vigil.core.problem;
