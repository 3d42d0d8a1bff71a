/**
 * Near-duplicate detection: MinHash signatures over word shingles and LSH banding group syndicated
 * copies and lightly edited re-publications of a story. Takes document texts, produces story
 * groups. Depends on nothing but the JDK.
 */
package org.vigil.core.dedup;
