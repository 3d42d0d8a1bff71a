package org.vigil.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.vigil.core.text.AnnotatedSentence;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Document;
import org.vigil.core.text.TextAnnotator;
import org.vigil.core.text.Token;

/**
 * Stanford CoreNLP behind {@link TextAnnotator}. Two pipelines share the work: a fast one
 * (tokenize, ssplit, pos, lemma, optional NER) for every sentence, and the dependency parser for
 * the sentences the cascade selects. Thread-safe; load it once and share it.
 */
public final class CoreNlpAnnotator implements TextAnnotator {
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;
  private final NlpSettings settings;

  /** Loads the models (3-5 s). */
  public CoreNlpAnnotator(NlpSettings settings) {
    this.settings = settings;
    Properties tag = new Properties();
    tag.setProperty(
        "annotators",
        settings.ner() ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,pos,lemma");
    tag.setProperty("tokenize.language", "en");
    // A blank line ends a sentence: headlines, captions and datelines have no final period.
    tag.setProperty("ssplit.newlineIsSentenceBreak", "two");
    tag.setProperty("ner.applyFineGrained", "false");
    tag.setProperty("ner.useSUTime", "false");
    tag.setProperty("ner.applyNumericClassifiers", "false");
    tag.setProperty("ner.buildEntityMentions", "false");
    this.tagger = new StanfordCoreNLP(tag);
    Properties parse = new Properties();
    parse.setProperty("annotators", "depparse");
    parse.setProperty("enforceRequirements", "false");
    this.parser = new StanfordCoreNLP(parse);
  }

  @Override
  public List<AnnotatedSentence> annotate(Document doc, Predicate<AnnotatedSentence> needsParse) {
    try {
      Annotation annotation = new Annotation(doc.text());
      tagger.annotate(annotation);
      List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
      List<AnnotatedSentence> out = new ArrayList<>();
      List<Integer> toParse = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        AnnotatedSentence s = convert(doc, i, sentences.get(i), null);
        out.add(s);
        if (s.size() <= settings.maxParseTokens() && needsParse.test(s)) {
          toParse.add(i);
        }
      }
      if (!toParse.isEmpty()) {
        List<CoreMap> subset = new ArrayList<>();
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i : toParse) {
          subset.add(sentences.get(i));
          tokens.addAll(sentences.get(i).get(CoreAnnotations.TokensAnnotation.class));
        }
        Annotation part = new Annotation(doc.text());
        part.set(CoreAnnotations.SentencesAnnotation.class, subset);
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        parser.annotate(part);
        for (int i : toParse) {
          CoreMap cm = sentences.get(i);
          out.set(
              i,
              convert(
                  doc,
                  i,
                  cm,
                  cm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)));
        }
      }
      return List.copyOf(out);
    } catch (RuntimeException | OutOfMemoryError e) {
      throw new AnnotationException(doc.id(), e);
    }
  }

  private static AnnotatedSentence convert(
      Document doc, int index, CoreMap cm, SemanticGraph graph) {
    List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String word = l.originalText() != null ? l.originalText() : l.word();
      String ner = l.ner() == null ? "O" : l.ner();
      String lemma = l.lemma() == null ? word : l.lemma();
      tokens.add(new Token(i, word, lemma, l.tag(), ner, l.beginPosition(), l.endPosition()));
    }
    int begin = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    String text = doc.text().substring(begin, end);
    List<Dependency> deps = new ArrayList<>();
    if (graph != null && graph.size() > 0) {
      int first = labels.get(0).index();
      int[] heads = new int[labels.size()];
      String[] rels = new String[labels.size()];
      java.util.Arrays.fill(heads, -2);
      for (IndexedWord root : graph.getRoots()) {
        heads[root.index() - first] = -1;
        rels[root.index() - first] = "root";
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        int d = e.getDependent().index() - first;
        heads[d] = e.getGovernor().index() - first;
        rels[d] = e.getRelation().toString();
      }
      for (int i = 0; i < heads.length; i++) {
        if (heads[i] == -2) {
          heads[i] = -1;
          rels[i] = "dep";
        }
        deps.add(new Dependency(heads[i], i, rels[i]));
      }
    }
    return new AnnotatedSentence(doc.id(), index, text, begin, tokens, deps);
  }
}
