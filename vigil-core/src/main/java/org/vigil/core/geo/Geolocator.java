package org.vigil.core.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.event.Entity;
import org.vigil.core.event.Event;
import org.vigil.core.text.AnnotatedSentence;

/**
 * Places events: a place named after a place preposition in the event's sentence (a country, city
 * or first-level region; see {@link PlacePhrase}), else the article's dateline city, else the
 * target's country, else the source's country.
 */
public final class Geolocator {
  private final Gazetteer gazetteer;
  private final PlacePhrase phrases;

  /** Creates a geolocator over a gazetteer. */
  public Geolocator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.phrases = new PlacePhrase(gazetteer);
  }

  /** The events with their locations (an event that cannot be placed keeps none). */
  public List<Event> locate(List<AnnotatedSentence> sentences, List<Event> events) {
    Optional<Location> dateline =
        sentences.isEmpty() ? Optional.empty() : dateline(sentences.get(0));
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      AnnotatedSentence s =
          e.sentenceIndex() < sentences.size() ? sentences.get(e.sentenceIndex()) : null;
      Set<String> actors = new LinkedHashSet<>();
      actors.add(Entity.of(e.target().code()));
      actors.add(Entity.of(e.source().code()));
      dateline.ifPresent(d -> actors.add(d.country()));
      Optional<Location> where = s == null ? Optional.empty() : phrases.find(s, actors);
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

  /** A place after a place preposition (package-private for tests). */
  Optional<Location> placeIn(AnnotatedSentence s) {
    return phrases.find(s, Set.of());
  }

  /**
   * "WARSAW, Nov 16 --", "KYIV, Ukraine (AP) --", "LYON:" or "PARIS, Texas --": the city before the
   * first comma, inside the region or country named after it when there is one.
   */
  Optional<Location> dateline(AnnotatedSentence s) {
    if (s.size() < 3) {
      return Optional.empty();
    }
    StringBuilder name = new StringBuilder();
    int i = 0;
    for (; i < Math.min(4, s.size()); i++) {
      String w = s.token(i).word();
      if (w.equals(",") || w.equals("--") || w.equals("\u2014") || w.equals(":")) {
        break;
      }
      if (!w.equals(w.toUpperCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
        return Optional.empty();
      }
      name.append(i > 0 ? " " : "").append(titleCase(w));
    }
    if (name.length() == 0) {
      return Optional.empty();
    }
    Optional<Location> city = gazetteer.city(name.toString());
    if (city.isPresent() && i < s.size() && s.token(i).word().equals(",")) {
      return phrases.qualified(s, i + 1, name.toString(), Set.of()).or(() -> city);
    }
    return city;
  }

  private static String titleCase(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
