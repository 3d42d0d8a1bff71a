package org.vigil.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.vigil.core.problem.Problem;
import org.vigil.core.problem.ProblemCode;
import org.vigil.core.source.JsonLinesReader;
import org.vigil.core.source.SourceItem;
import org.vigil.core.source.TextChecks;
import org.vigil.core.text.Document;

/**
 * Turns command-line inputs (files, directories, {@code -} for stdin) into a lazy stream of source
 * items: text files are one document each, JSON-lines files one document per line.
 */
final class Inputs {
  /** How to read inputs. */
  enum Format {
    AUTO,
    TEXT,
    JSONL
  }

  private final Format format;
  private final Optional<LocalDate> date;
  private final int maxBytes;
  private final Supplier<InputStream> stdin;

  Inputs(Format format, Optional<LocalDate> date, int maxBytes, Supplier<InputStream> stdin) {
    this.format = format;
    this.date = date;
    this.maxBytes = maxBytes;
    this.stdin = stdin;
  }

  /** Expands directories (their .txt and .jsonl files, sorted). */
  static List<String> expand(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (!a.equals("-") && Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".jsonl"))
              .sorted()
              .forEach(f -> out.add(f.toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * How many documents the inputs hold (a text file is one, a JSON-lines file one per non-blank
   * line), or -1 when unknown (standard input, unreadable files). For progress bars only.
   */
  static long count(List<String> args) {
    long n = 0;
    for (String input : expand(args.isEmpty() ? List.of("-") : args)) {
      Path p = Path.of(input);
      if (input.equals("-") || !Files.isRegularFile(p)) {
        return -1;
      }
      if (!input.endsWith(".jsonl")) {
        n++;
        continue;
      }
      try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
        n += lines.filter(l -> !l.isBlank()).count();
      } catch (IOException | UncheckedIOException e) {
        return -1;
      }
    }
    return n;
  }

  /** All items of all inputs, lazily. */
  Iterator<SourceItem> items(List<String> args) {
    List<String> inputs = expand(args.isEmpty() ? List.of("-") : args);
    return new Iterator<>() {
      private int next = 0;
      private Iterator<SourceItem> current = List.<SourceItem>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next < inputs.size()) {
          current = itemsOf(inputs.get(next++));
        }
        return current.hasNext();
      }

      @Override
      public SourceItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private Iterator<SourceItem> itemsOf(String input) {
    boolean jsonl = format == Format.JSONL || (format == Format.AUTO && input.endsWith(".jsonl"));
    if (input.equals("-")) {
      return jsonl
          ? jsonLines("stdin", stdin.get())
          : List.of(textItem("stdin", stdin.get(), date)).iterator();
    }
    Path path = Path.of(input);
    String name = path.getFileName() == null ? input : path.getFileName().toString();
    if (!Files.isRegularFile(path)) {
      return List.<SourceItem>of(rejected(input, ProblemCode.INPUT_UNREADABLE, "no such file"))
          .iterator();
    }
    try {
      if (jsonl) {
        return jsonLines(input, Files.newInputStream(path));
      }
      if (Files.size(path) > maxBytes) {
        return List.<SourceItem>of(
                rejected(
                    name,
                    ProblemCode.INPUT_TOO_LARGE,
                    Files.size(path) + " bytes, limit is " + maxBytes + " (--max-bytes)"))
            .iterator();
      }
      Optional<LocalDate> d = date.isPresent() ? date : TextChecks.dateInName(name);
      return List.of(textItem(name, Files.newInputStream(path), d)).iterator();
    } catch (IOException e) {
      return List.<SourceItem>of(rejected(input, ProblemCode.INPUT_UNREADABLE, e.toString()))
          .iterator();
    }
  }

  private SourceItem textItem(String id, InputStream in, Optional<LocalDate> d) {
    try (InputStream s = in) {
      byte[] bytes = s.readNBytes(maxBytes + 1);
      TextChecks.SourceItemOrText r = TextChecks.decode(id, bytes, maxBytes);
      if (r.problem().isPresent()) {
        return new SourceItem.Rejected(r.problem().get());
      }
      return new SourceItem.Accepted(new Document(id, d, r.text().get()));
    } catch (IOException e) {
      return rejected(id, ProblemCode.INPUT_UNREADABLE, e.toString());
    }
  }

  private Iterator<SourceItem> jsonLines(String file, InputStream raw) {
    JsonLinesReader reader = new JsonLinesReader(maxBytes);
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    return new Iterator<>() {
      private int line = 0;
      private SourceItem pending;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (pending == null && !done) {
          pending = readOne();
        }
        return pending != null;
      }

      @Override
      public SourceItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        SourceItem s = pending;
        pending = null;
        return s;
      }

      private SourceItem readOne() {
        try {
          ByteArrayOutputStream buf = new ByteArrayOutputStream();
          long length = 0;
          int b;
          while ((b = in.read()) != -1 && b != '\n') {
            length++;
            if (length <= maxBytes) {
              buf.write(b);
            }
          }
          if (b == -1 && length == 0) {
            done = true;
            in.close();
            return null;
          }
          line++;
          String where = file + ":" + line;
          if (length > maxBytes) {
            return rejected(
                where,
                ProblemCode.INPUT_TOO_LARGE,
                length + " bytes, limit is " + maxBytes + " (--max-bytes)");
          }
          byte[] bytes = buf.toByteArray();
          String text = new String(bytes, StandardCharsets.UTF_8);
          if (text.isBlank()) {
            return null;
          }
          TextChecks.SourceItemOrText decoded = TextChecks.decode(where, bytes, maxBytes);
          if (decoded.problem().isPresent()) {
            return new SourceItem.Rejected(decoded.problem().get());
          }
          return reader.read(where, decoded.text().get(), date);
        } catch (IOException e) {
          done = true;
          return rejected(file, ProblemCode.INPUT_UNREADABLE, e.toString());
        }
      }
    };
  }

  private static SourceItem rejected(String where, ProblemCode code, String reason) {
    return new SourceItem.Rejected(new Problem(code, where, "read", reason));
  }
}
