package org.vigil.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups near-duplicate documents into stories: word 4-shingles, 128 MinHash functions, LSH with 32
 * bands of 4 rows for candidates, then the MinHash Jaccard estimate decides. Deterministic: fixed
 * hash seeds, groups named by their smallest document id.
 */
public final class StoryGrouper {
  private static final int SHINGLE = 4;
  private static final int HASHES = 128;
  private static final int BANDS = 32;
  private static final int ROWS = HASHES / BANDS;
  private final double threshold;
  private final long[] seedsA = new long[HASHES];
  private final long[] seedsB = new long[HASHES];

  /**
   * Creates a grouper.
   *
   * @param threshold estimated Jaccard similarity of shingles above which two texts are copies
   */
  public StoryGrouper(double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1]");
    }
    this.threshold = threshold;
    java.util.Random r = new java.util.Random(20211116L);
    for (int i = 0; i < HASHES; i++) {
      seedsA[i] = r.nextLong() | 1L;
      seedsB[i] = r.nextLong();
    }
  }

  /** The default grouper: copies share at least half of their shingles. */
  public static StoryGrouper standard() {
    return new StoryGrouper(0.5);
  }

  /** The MinHash signature of a text. */
  long[] signature(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> w = new ArrayList<>();
    for (String s : words) {
      if (!s.isEmpty()) {
        w.add(s);
      }
    }
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= Math.max(w.size(), SHINGLE); i++) {
      StringBuilder b = new StringBuilder();
      for (int k = i; k < Math.min(i + SHINGLE, w.size()); k++) {
        b.append(w.get(k)).append(' ');
      }
      shingles.add(fnv(b.toString()));
    }
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int h = 0; h < HASHES; h++) {
        long v = mix(x * seedsA[h] + seedsB[h]);
        if (v < sig[h]) {
          sig[h] = v;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of two signatures. */
  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      same += a[i] == b[i] ? 1 : 0;
    }
    return (double) same / a.length;
  }

  /**
   * Groups documents.
   *
   * @param texts document id to text, in any order
   * @return document id to story id (the smallest document id of its group)
   */
  public Map<String, String> group(Map<String, String> texts) {
    Map<String, long[]> sigs = new TreeMap<>();
    texts.forEach((id, text) -> sigs.put(id, signature(text)));
    List<String> ids = new ArrayList<>(sigs.keySet());
    Map<String, String> parent = new HashMap<>();
    ids.forEach(id -> parent.put(id, id));
    for (int band = 0; band < BANDS; band++) {
      Map<List<Long>, List<String>> buckets = new LinkedHashMap<>();
      for (String id : ids) {
        long[] s = sigs.get(id);
        List<Long> key = new ArrayList<>(ROWS);
        for (int r = 0; r < ROWS; r++) {
          key.add(s[band * ROWS + r]);
        }
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
      }
      for (List<String> bucket : buckets.values()) {
        for (int i = 0; i < bucket.size(); i++) {
          for (int j = i + 1; j < bucket.size(); j++) {
            String a = bucket.get(i);
            String b = bucket.get(j);
            if (similarity(sigs.get(a), sigs.get(b)) >= threshold) {
              union(parent, a, b);
            }
          }
        }
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (String id : ids) {
      out.put(id, find(parent, id));
    }
    return out;
  }

  private static String find(Map<String, String> parent, String x) {
    String r = x;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    parent.put(x, r);
    return r;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb93fe1a85397L;
    return z ^ (z >>> 33);
  }
}
