package org.vigil.core.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The raw bytes of one knowledge-base file.
 *
 * @param path path relative to its root ({@code actors/countries.tsv}), or prefixed with the user
 *     directory for user layers
 * @param bytes the content
 */
public record KbFile(String path, byte[] bytes) {
  private static final String BUILT_IN = "/vigil/kb/";

  /** Validates the fields. */
  public KbFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** The file name without directories. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The built-in files listed in {@code vigil/kb/files.txt}. */
  public static List<KbFile> builtIn() {
    List<KbFile> out = new ArrayList<>();
    String index = new String(read(BUILT_IN + "files.txt"), StandardCharsets.UTF_8);
    for (String line : index.split("\n")) {
      String p = line.trim();
      if (!p.isEmpty() && !p.startsWith("#")) {
        out.add(new KbFile(p, read(BUILT_IN + p)));
      }
    }
    return out;
  }

  /** All {@code .tsv} files under a user directory, in path order. */
  public static List<KbFile> fromDirectory(Path dir) throws IOException {
    List<KbFile> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        String rel = dir.relativize(f).toString().replace('\\', '/');
        out.add(new KbFile(dir.getFileName() + "/" + rel, Files.readAllBytes(f)));
      }
    }
    return out;
  }

  private static byte[] read(String resource) {
    try (InputStream in = KbFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing built-in knowledge-base file " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
