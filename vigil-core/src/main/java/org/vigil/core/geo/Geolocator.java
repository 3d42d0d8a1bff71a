package org.vigil.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.event.Entity;
import org.vigil.core.event.Event;
import org.vigil.core.text.AnnotatedSentence;
import org.vigil.core.text.Token;

/**
 * Places events: a city named after a place preposition in the event's sentence, else the article's
 * dateline city, else the target's country, else the source's country.
 */
public final class Geolocator {
  private static final Set<String> LOCATIVE =
      Set.of("in", "at", "near", "outside", "around", "inside", "across", "from");
  private final Gazetteer gazetteer;

  /** Creates a geolocator over a gazetteer. */
  public Geolocator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The events with their locations (an event that cannot be placed keeps none). */
  public List<Event> locate(List<AnnotatedSentence> sentences, List<Event> events) {
    Optional<Location> dateline =
        sentences.isEmpty() ? Optional.empty() : dateline(sentences.get(0));
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      AnnotatedSentence s =
          e.sentenceIndex() < sentences.size() ? sentences.get(e.sentenceIndex()) : null;
      Optional<Location> where = s == null ? Optional.empty() : placeIn(s);
      if (where.isEmpty()) {
        where = dateline;
      }
      if (where.isEmpty()) {
        where = countryOf(e.target().code());
      }
      if (where.isEmpty()) {
        where = countryOf(e.source().code());
      }
      out.add(e.withLocation(where));
    }
    return out;
  }

  private Optional<Location> countryOf(String code) {
    String entity = Entity.of(code);
    if (entity.length() != 3) {
      return Optional.empty();
    }
    return gazetteer.country(entity);
  }

  /** A city after a place preposition, longest name first ("in New Delhi"). */
  Optional<Location> placeIn(AnnotatedSentence s) {
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (!LOCATIVE.contains(t.word().toLowerCase(Locale.ROOT)) || i + 1 >= s.size()) {
        continue;
      }
      int start = i + 1;
      if (s.token(start).pos().equals("DT")) {
        start++;
      }
      for (int len = 3; len >= 1; len--) {
        if (start + len > s.size()) {
          continue;
        }
        boolean proper = true;
        StringBuilder name = new StringBuilder();
        for (int k = start; k < start + len; k++) {
          proper &= s.token(k).pos().startsWith("NNP");
          name.append(k > start ? " " : "").append(s.token(k).word());
        }
        if (proper) {
          Optional<Location> city = gazetteer.city(name.toString());
          if (city.isPresent()) {
            return city;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** "WARSAW, Nov 16 --" or "KYIV, Ukraine (AP) --": the city before the first comma. */
  Optional<Location> dateline(AnnotatedSentence s) {
    if (s.size() < 3) {
      return Optional.empty();
    }
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < Math.min(4, s.size()); i++) {
      String w = s.token(i).word();
      if (w.equals(",") || w.equals("--") || w.equals("\u2014")) {
        break;
      }
      if (!w.equals(w.toUpperCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
        return Optional.empty();
      }
      name.append(i > 0 ? " " : "").append(titleCase(w));
    }
    return name.length() == 0 ? Optional.empty() : gazetteer.city(name.toString());
  }

  private static String titleCase(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
