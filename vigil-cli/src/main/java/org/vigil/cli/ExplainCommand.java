package org.vigil.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.core.coder.Coder;
import org.vigil.core.event.Event;
import org.vigil.core.kb.Mention;
import org.vigil.core.text.AnnotatedSentence;
import org.vigil.core.text.Document;
import org.vigil.core.text.Token;
import org.vigil.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil explain}: shows how a text is parsed and coded. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Shows tokens, parse, knowledge-base matches, trigger patterns and the events of a text.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TEXT", description = "The sentence(s) to explain.")
  String text;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Document date (dated actors).")
  LocalDate date;

  @Mixin EngineOptions engine = new EngineOptions();

  @Override
  public Integer call() {
    Coder coder = Engine.coder(engine, System.err);
    CoreNlpAnnotator nlp = Engine.annotator(engine);
    Document doc = new Document("explain", Optional.ofNullable(date), text);
    List<AnnotatedSentence> sentences = nlp.annotate(doc, s -> true);
    for (AnnotatedSentence s : sentences) {
      System.out.printf("sentence %d: %s%n", s.index(), s.text());
      System.out.printf(
          "  cascade: %s%n",
          coder.mayYieldEvent(s)
              ? "parse (trigger and actor found)"
              : "skip (no trigger or no actor)");
      for (Token t : s.tokens()) {
        int h = s.head(t.index());
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        List<String> ids = coder.kb().index().forLemma(lemma).stream().map(p -> p.id()).toList();
        String trig =
            ids.isEmpty()
                ? ""
                : "  <- trigger of "
                    + ids.size()
                    + " pattern(s) "
                    + ids.subList(0, Math.min(6, ids.size()))
                    + (ids.size() > 6 ? " ..." : "");
        System.out.printf(
            "  %3d %-18s %-14s %-5s %3s %-12s%s%n",
            t.index(),
            t.word(),
            t.lemma(),
            t.pos(),
            h < 0 ? "-" : String.valueOf(h),
            s.relation(t.index()),
            trig);
      }
      for (Mention m : coder.mentions(s)) {
        System.out.printf(
            "  actor '%s' %s -> %s%n",
            s.textOf(m.start(), m.end()),
            m.form(),
            m.candidates().stream()
                .map(
                    c ->
                        c.id()
                            + "="
                            + c.code()
                            + c.from().map(f -> " from " + f).orElse("")
                            + c.until().map(u -> " until " + u).orElse(""))
                .toList());
      }
    }
    System.out.println("coder:");
    List<Event> events = coder.code(doc, sentences, line -> System.out.println("  " + line.get()));
    System.out.println(events.isEmpty() ? "no events" : "events:");
    for (Event e : events) {
      System.out.printf(
          "  %s -> %s %s (%s, %s) rule %s trigger '%s'; source '%s' %s; target '%s' %s%n",
          e.source().code(),
          e.target().code(),
          e.code(),
          e.polarity(),
          e.modality(),
          e.rule(),
          e.evidence().trigger(),
          e.source().text(),
          e.source().entries(),
          e.target().text(),
          e.target().entries());
    }
    return ExitCodes.OK;
  }
}
