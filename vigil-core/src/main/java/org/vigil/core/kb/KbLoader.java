package org.vigil.core.kb;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.core.cameo.CameoTable;
import org.vigil.core.problem.Problem;
import org.vigil.core.problem.ProblemCode;

/**
 * Reads knowledge-base files into entries, reporting every problem with its file and line. Later
 * layers (user directories) replace earlier entries with the same id.
 */
public final class KbLoader {
  /** Format version of the knowledge base, the first part of {@link KnowledgeBase#version()}. */
  public static final String FORMAT_VERSION = "1";

  private static final String ID = "[a-z0-9][a-z0-9._-]*";
  private static final String ACTOR_CODE = "([A-Z]{3})+";
  private static final String ROLE_CODE = "[A-Z]{3}";
  private static final List<String> COUNTRY_HEADER =
      List.of("id", "code", "names", "adjectives", "demonyms", "seats", "from", "until", "note");
  private static final List<String> NAMED_HEADER =
      List.of("id", "code", "names", "from", "until", "note");
  private static final List<String> AGENT_HEADER = List.of("id", "code", "nouns", "note");
  private static final List<String> DISCARD_HEADER = List.of("id", "scope", "phrases", "note");
  private static final List<String> PATTERN_HEADER =
      List.of("id", "code", "pattern", "positive", "negative", "note");

  /**
   * The outcome of loading.
   *
   * @param kb the compiled knowledge base (bad lines left out)
   * @param problems every problem found, in file order
   */
  public record Result(KnowledgeBase kb, List<Problem> problems) {
    /** Copies the fields. */
    public Result {
      problems = List.copyOf(problems);
    }
  }

  private final CameoTable cameo;

  /** Creates a loader that checks event codes against {@code cameo}. */
  public KbLoader(CameoTable cameo) {
    this.cameo = cameo;
  }

  /** Loads the built-in files. */
  public Result loadBuiltIn() {
    return load(List.of(KbFile.builtIn()));
  }

  /** Loads layers of files; each layer replaces entries of earlier layers with the same id. */
  public Result load(List<List<KbFile>> layers) {
    List<Problem> problems = new ArrayList<>();
    Map<String, ActorEntry> actors = new LinkedHashMap<>();
    Map<String, PatternEntry> patterns = new LinkedHashMap<>();
    Map<String, DiscardRule> discards = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    MessageDigest digest = sha256();
    for (List<KbFile> layer : layers) {
      Map<String, SourceLine> seen = new HashMap<>();
      for (KbFile file : layer) {
        digest.update(file.path().getBytes(StandardCharsets.UTF_8));
        digest.update(file.bytes());
        FileReader reader = new FileReader(file, problems);
        reader.read();
        counts.put(
            file.path(), reader.actors.size() + reader.patterns.size() + reader.discards.size());
        for (DiscardRule d : reader.discards) {
          if (checkUnique(d.id(), d.source(), seen, problems)) {
            discards.put(d.id(), d);
          }
        }
        for (ActorEntry a : reader.actors) {
          if (checkUnique(a.id(), a.source(), seen, problems)) {
            patterns.remove(a.id());
            actors.put(a.id(), a);
          }
        }
        for (PatternEntry p : reader.patterns) {
          if (checkUnique(p.id(), p.source(), seen, problems)) {
            actors.remove(p.id());
            patterns.put(p.id(), p);
          }
        }
      }
    }
    problems.addAll(PhraseConflicts.find(actors.values()));
    String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    KnowledgeBase kb =
        KnowledgeBase.compile(
            FORMAT_VERSION + "." + hash,
            new ArrayList<>(actors.values()),
            new ArrayList<>(patterns.values()),
            new ArrayList<>(discards.values()),
            counts);
    return new Result(kb, problems);
  }

  private static boolean checkUnique(
      String id, SourceLine at, Map<String, SourceLine> seen, List<Problem> problems) {
    SourceLine first = seen.putIfAbsent(id, at);
    if (first != null) {
      problems.add(
          problem(at, ProblemCode.KB_DUPLICATE_ID, "id " + id + " already used at " + first));
      return false;
    }
    return true;
  }

  private static Problem problem(SourceLine at, ProblemCode code, String reason) {
    return new Problem(code, at.toString(), "kb", reason);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses one file. */
  private final class FileReader {
    private final KbFile file;
    private final List<Problem> problems;
    final List<ActorEntry> actors = new ArrayList<>();
    final List<PatternEntry> patterns = new ArrayList<>();
    final List<DiscardRule> discards = new ArrayList<>();

    FileReader(KbFile file, List<Problem> problems) {
      this.file = file;
      this.problems = problems;
    }

    void read() {
      String text;
      try {
        text = org.vigil.core.text.Utf8.decodeStrict(file.bytes());
      } catch (CharacterCodingException e) {
        problems.add(
            problem(new SourceLine(file.path(), 0), ProblemCode.KB_UNREADABLE, "not valid UTF-8"));
        return;
      }
      String[] lines = text.split("\n", -1);
      List<String> header = null;
      for (int n = 0; n < lines.length; n++) {
        String line =
            lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        SourceLine at = new SourceLine(file.path(), n + 1);
        if (header == null) {
          header = List.of(line.split("\t", -1));
          if (!header.equals(expectedHeader())) {
            problems.add(
                problem(
                    at,
                    ProblemCode.KB_HEADER,
                    "header must be '" + String.join("<TAB>", expectedHeader()) + "'"));
            return;
          }
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != header.size()) {
          problems.add(
              problem(
                  at,
                  ProblemCode.KB_COLUMNS,
                  "expected " + header.size() + " tab-separated columns, found " + cells.length));
          continue;
        }
        readLine(cells, at);
      }
      if (header == null) {
        problems.add(
            problem(new SourceLine(file.path(), 1), ProblemCode.KB_HEADER, "file has no header"));
      }
    }

    private List<String> expectedHeader() {
      String name = file.name();
      if (file.path().contains("patterns/")) {
        return PATTERN_HEADER;
      }
      if (name.startsWith("countries")) {
        return COUNTRY_HEADER;
      }
      if (name.startsWith("agents")) {
        return AGENT_HEADER;
      }
      if (name.startsWith("discards")) {
        return DISCARD_HEADER;
      }
      return NAMED_HEADER;
    }

    private void readLine(String[] c, SourceLine at) {
      String id = c[0].trim();
      if (!id.matches(ID)) {
        problems.add(problem(at, ProblemCode.KB_BAD_ID, "id '" + id + "' must match " + ID));
        return;
      }
      List<String> header = expectedHeader();
      if (header == PATTERN_HEADER) {
        readPattern(id, c, at);
      } else if (header == AGENT_HEADER) {
        readAgent(id, c, at);
      } else if (header == DISCARD_HEADER) {
        readDiscard(id, c, at);
      } else {
        readNamed(id, c, at, header == COUNTRY_HEADER);
      }
    }

    private void readPattern(String id, String[] c, SourceLine at) {
      String code = c[1].trim();
      if (!cameo.contains(code)) {
        problems.add(
            problem(at, ProblemCode.KB_BAD_CODE, "'" + code + "' is not a CAMEO event code"));
        return;
      }
      Pattern pattern;
      try {
        pattern = Pattern.parse(c[2]);
      } catch (IllegalArgumentException e) {
        problems.add(problem(at, ProblemCode.KB_BAD_PATTERN, e.getMessage()));
        return;
      }
      List<String> pos = examples(c[3]);
      List<String> neg = examples(c[4]);
      if (pos.isEmpty() || neg.isEmpty()) {
        problems.add(
            problem(
                at,
                ProblemCode.KB_MISSING_EXAMPLE,
                "pattern " + id + " needs a positive and a negative example"));
      }
      patterns.add(new PatternEntry(id, code, c[2].trim(), pattern, pos, neg, c[5], at));
    }

    private List<String> examples(String cell) {
      List<String> out = new ArrayList<>();
      for (String s : cell.split("\\s*\\|\\|\\s*")) {
        if (!s.isBlank()) {
          out.add(s.trim());
        }
      }
      return out;
    }

    private void readDiscard(String id, String[] c, SourceLine at) {
      String scope = c[1].trim();
      if (!scope.equals("sentence") && !scope.equals("document")) {
        problems.add(
            problem(
                at,
                ProblemCode.KB_BAD_CODE,
                "scope must be sentence or document, not '" + scope + "'"));
        return;
      }
      try {
        discards.add(
            new DiscardRule(id, scope.equals("document"), DiscardRule.parse(c[2]), c[3], at));
      } catch (IllegalArgumentException e) {
        problems.add(problem(at, ProblemCode.KB_BAD_PHRASE, e.getMessage()));
      }
    }

    private void readAgent(String id, String[] c, SourceLine at) {
      String code = c[1].trim();
      if (!code.matches(ROLE_CODE)) {
        problems.add(
            problem(at, ProblemCode.KB_BAD_CODE, "role code '" + code + "' must be 3 capitals"));
        return;
      }
      Optional<List<String>> nouns = phrases(c[2], "nouns", at, true);
      if (nouns.isEmpty()) {
        return;
      }
      Map<PhraseForm, List<String>> map = new EnumMap<>(PhraseForm.class);
      map.put(PhraseForm.NOUN, nouns.get());
      actors.add(
          new ActorEntry(
              id, code, ActorKind.AGENT, map, Optional.empty(), Optional.empty(), c[3], at));
    }

    private void readNamed(String id, String[] c, SourceLine at, boolean country) {
      String code = c[1].trim();
      if (!code.matches(ACTOR_CODE)) {
        problems.add(
            problem(
                at,
                ProblemCode.KB_BAD_CODE,
                "actor code '" + code + "' must be blocks of 3 capitals"));
        return;
      }
      Map<PhraseForm, List<String>> map = new EnumMap<>(PhraseForm.class);
      // A country row may carry only seats: the dated seat of a state ("Moscow" for RUS from
      // 1991-12-26, when the USSR's dated row no longer claims it).
      Optional<List<String>> names = phrases(c[2], "names", at, !country);
      if (names.isEmpty()) {
        return;
      }
      if (!names.get().isEmpty()) {
        map.put(PhraseForm.NAME, names.get());
      }
      int dateCol = 3;
      if (country) {
        PhraseForm[] forms = {PhraseForm.ADJECTIVE, PhraseForm.DEMONYM, PhraseForm.SEAT};
        for (int k = 0; k < 3; k++) {
          Optional<List<String>> p = phrases(c[3 + k], COUNTRY_HEADER.get(3 + k), at, false);
          if (p.isEmpty()) {
            return;
          }
          if (!p.get().isEmpty()) {
            map.put(forms[k], p.get());
          }
        }
        dateCol = 6;
        if (map.isEmpty()) {
          problems.add(problem(at, ProblemCode.KB_EMPTY_CELL, "column names is empty"));
          return;
        }
      }
      Optional<LocalDate> from;
      Optional<LocalDate> until;
      try {
        from = date(c[dateCol]);
        until = date(c[dateCol + 1]);
      } catch (DateTimeParseException e) {
        problems.add(problem(at, ProblemCode.KB_BAD_DATE, "bad date: " + e.getParsedString()));
        return;
      }
      if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
        problems.add(problem(at, ProblemCode.KB_BAD_DATE, "from must be before until"));
        return;
      }
      ActorKind kind = kindOf(id, country);
      actors.add(new ActorEntry(id, code, kind, map, from, until, c[dateCol + 2], at));
    }

    private ActorKind kindOf(String id, boolean country) {
      if (country) {
        return id.startsWith("region.") ? ActorKind.REGION : ActorKind.COUNTRY;
      }
      return file.name().startsWith("people") ? ActorKind.PERSON : ActorKind.ORGANIZATION;
    }

    private Optional<LocalDate> date(String cell) {
      String s = cell.trim();
      return s.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s));
    }

    private Optional<List<String>> phrases(
        String cell, String column, SourceLine at, boolean required) {
      if (cell.isEmpty()) {
        if (required) {
          problems.add(problem(at, ProblemCode.KB_EMPTY_CELL, "column " + column + " is empty"));
          return Optional.empty();
        }
        return Optional.of(List.of());
      }
      List<String> out = new ArrayList<>();
      for (String p : cell.split("\\|", -1)) {
        if (p.isEmpty() || !p.equals(p.trim()) || p.contains("  ")) {
          problems.add(
              problem(
                  at,
                  ProblemCode.KB_BAD_PHRASE,
                  "column " + column + " has an empty or badly spaced phrase: '" + p + "'"));
          return Optional.empty();
        }
        out.add(p);
      }
      return Optional.of(out);
    }
  }
}
