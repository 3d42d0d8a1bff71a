package org.vigil.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.cameo.CameoTable;
import org.vigil.core.coder.Coder;
import org.vigil.core.coder.CodingOptions;
import org.vigil.core.kb.KbFile;
import org.vigil.core.kb.KbLoader;
import org.vigil.core.pipeline.EventPipeline;
import org.vigil.core.problem.Problem;
import org.vigil.nlp.CoreNlpAnnotator;
import org.vigil.nlp.NlpSettings;

/** Wires the knowledge base, the coder and the NLP adapter from the command-line options. */
final class Engine {
  /** CoreNLP models take seconds and a gigabyte to load: one annotator per settings per process. */
  private static final java.util.Map<NlpSettings, CoreNlpAnnotator> ANNOTATORS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Engine() {}

  private static org.vigil.geo.GeoNamesGazetteer gazetteer;

  /** The GeoNames gazetteer, loaded once per process. */
  static synchronized org.vigil.geo.GeoNamesGazetteer gazetteer() {
    if (gazetteer == null) {
      gazetteer = org.vigil.geo.GeoNamesGazetteer.load();
    }
    return gazetteer;
  }

  /** The shared annotator for these options. */
  static CoreNlpAnnotator annotator(EngineOptions o) {
    NlpSettings settings = new NlpSettings(o.ner, NlpSettings.DEFAULTS.maxParseTokens());
    return ANNOTATORS.computeIfAbsent(settings, CoreNlpAnnotator::new);
  }

  /** Loads and validates the built-in knowledge base plus the user layers. */
  static KbLoader.Result loadKb(List<Path> dirs) {
    List<List<KbFile>> layers = new ArrayList<>();
    layers.add(KbFile.builtIn());
    for (Path d : dirs) {
      if (!Files.isDirectory(d)) {
        throw new UserException(ExitCodes.USAGE, "--kb " + d + ": not a directory");
      }
      try {
        layers.add(KbFile.fromDirectory(d));
      } catch (IOException e) {
        throw new UserException(
            ExitCodes.FAILURE, "--kb " + d + ": cannot read: " + e.getMessage());
      }
    }
    return new KbLoader(CameoTable.load()).load(layers);
  }

  /** A coder over a valid knowledge base; reports KB problems and fails otherwise. */
  static Coder coder(EngineOptions o, PrintStream err) {
    KbLoader.Result r = loadKb(o.kbDirs);
    if (!r.problems().isEmpty()) {
      for (Problem p : r.problems()) {
        err.println(p.format());
      }
      throw new UserException(
          ExitCodes.KB_INVALID,
          r.problems().size() + " knowledge-base problem(s); run 'vigil kb validate'");
    }
    return new Coder(
        r.kb(),
        CameoTable.load(),
        new CodingOptions(!o.allowUntargeted, o.keepBareRoles),
        gazetteer());
  }

  /** The full pipeline (loads CoreNLP: a few seconds). */
  static EventPipeline pipeline(EngineOptions o, PrintStream err) {
    Coder coder = coder(o, err);
    return new EventPipeline(
        annotator(o), coder, !o.noCascade, new org.vigil.core.geo.Geolocator(gazetteer()));
  }
}
