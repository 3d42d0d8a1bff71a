package org.vigil.core.geo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.text.AnnotatedSentence;

/**
 * Reads the place in a locative phrase: a place preposition, an optional determiner and compass
 * adjective, then a proper name of up to six tokens ("in the Grodno region", "in eastern Ukraine",
 * "near Paris, Texas", "in Hrodna Oblast"). Readings, in order: a region when the text marks one
 * ("region", "province", "Oblast" after the name); a country; a city (narrowed by a region or
 * country after a comma); an unmarked region. A region name found in several countries is taken
 * only in the country of one of the event's actors, so "Punjab" needs a context and "Georgia" stays
 * the country. Immutable and thread-safe.
 */
final class PlacePhrase {
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "near",
          "outside",
          "around",
          "inside",
          "across",
          "from",
          "into",
          "throughout");
  private static final Set<String> COMPASS =
      Set.of(
          "eastern",
          "western",
          "northern",
          "southern",
          "central",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "north-eastern",
          "north-western",
          "south-eastern",
          "south-western",
          "restive",
          "war-torn",
          "neighbouring",
          "neighboring");

  /** Words that mark a first-level region after its name, as written in news. */
  static final Set<String> REGION_WORDS =
      Set.of(
          "region",
          "province",
          "oblast",
          "state",
          "governorate",
          "voivodeship",
          "prefecture",
          "krai",
          "kray",
          "county");

  private static final Set<String> CONNECTORS = Set.of("of", "and", "del", "de", "al", "-");
  private static final int MAX_NAME = 6;

  private final Gazetteer gazetteer;

  PlacePhrase(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The first place in a locative phrase of the sentence.
   *
   * @param actors country codes of the event's actors, used to choose among same-named regions
   */
  Optional<Location> find(AnnotatedSentence s, Set<String> actors) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (!LOCATIVE.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int start = i + 1;
      if (start < s.size() && s.token(start).pos().equals("DT")) {
        start++;
      }
      if (start < s.size() && COMPASS.contains(s.token(start).word())) {
        start++;
      }
      Optional<Location> place = nameAt(s, start, actors);
      if (place.isPresent()) {
        return place;
      }
    }
    return Optional.empty();
  }

  /** The longest proper name starting at {@code start} that the gazetteer knows. */
  private Optional<Location> nameAt(AnnotatedSentence s, int start, Set<String> actors) {
    int end = start;
    while (end < s.size() && end - start < MAX_NAME && nameToken(s, start, end)) {
      end++;
    }
    for (int stop = end; stop > start; stop--) {
      if (!proper(s, stop - 1)) {
        continue;
      }
      String name = words(s, start, stop);
      Optional<Location> place = read(s, start, stop, name, actors);
      if (place.isPresent()) {
        return place;
      }
    }
    return Optional.empty();
  }

  private Optional<Location> read(
      AnnotatedSentence s, int start, int stop, String name, Set<String> actors) {
    boolean cuedAfter =
        stop < s.size() && REGION_WORDS.contains(s.token(stop).word().toLowerCase(Locale.ROOT));
    String last = s.token(stop - 1).word();
    boolean cuedInside =
        stop - start >= 2
            && Character.isUpperCase(last.charAt(0))
            && REGION_WORDS.contains(last.toLowerCase(Locale.ROOT));
    if (cuedAfter) {
      Optional<Location> region = choose(gazetteer.regions(name, true), actors);
      if (region.isPresent()) {
        return region;
      }
    }
    if (cuedInside) {
      Optional<Location> region = choose(gazetteer.regions(name, true), actors);
      if (region.isEmpty()) {
        region = choose(gazetteer.regions(words(s, start, stop - 1), true), actors);
      }
      if (region.isPresent()) {
        return region;
      }
    }
    Optional<Location> country = gazetteer.countryNamed(name);
    if (country.isPresent()) {
      return country;
    }
    Optional<Location> city = gazetteer.city(name);
    if (city.isPresent()) {
      if (stop + 1 < s.size() && s.token(stop).word().equals(",")) {
        return qualified(s, stop + 1, name, actors).or(() -> city);
      }
      return city;
    }
    return choose(gazetteer.regions(name, false), actors);
  }

  /**
   * The city {@code name} inside the region or country named at {@code at} ("Paris, Texas"; "Brest,
   * France"), if there is one.
   */
  Optional<Location> qualified(AnnotatedSentence s, int at, String name, Set<String> actors) {
    for (int stop = Math.min(s.size(), at + 3); stop > at; stop--) {
      boolean proper = true;
      for (int k = at; k < stop; k++) {
        proper &= proper(s, k);
      }
      if (!proper) {
        continue;
      }
      String within = words(s, at, stop);
      Optional<Location> country = gazetteer.countryNamed(within);
      if (country.isPresent()) {
        return gazetteer.city(name, country.get().country(), "");
      }
      for (Location region : gazetteer.regions(within, true)) {
        Optional<Location> city = gazetteer.city(name, region.country(), region.admin1());
        if (city.isPresent()) {
          return city;
        }
      }
    }
    return Optional.empty();
  }

  /** One region: the only country that has it, else the one in an actor's country. */
  private static Optional<Location> choose(List<Location> regions, Set<String> actors) {
    if (regions.isEmpty()) {
      return Optional.empty();
    }
    if (regions.stream().map(Location::country).distinct().count() == 1) {
      return Optional.of(regions.get(0));
    }
    return regions.stream().filter(r -> actors.contains(r.country())).findFirst();
  }

  private static boolean nameToken(AnnotatedSentence s, int start, int k) {
    if (proper(s, k)) {
      return true;
    }
    return k > start
        && CONNECTORS.contains(s.token(k).word())
        && k + 1 < s.size()
        && proper(s, k + 1);
  }

  /**
   * A proper noun, or a capitalised adjective or noun the tagger did not see as one ("Podlaskie",
   * "African"); the words still have to name a place the gazetteer knows.
   */
  private static boolean proper(AnnotatedSentence s, int k) {
    String pos = s.token(k).pos();
    if (pos.startsWith("NNP")) {
      return true;
    }
    String w = s.token(k).word();
    return k > 0
        && Character.isUpperCase(w.charAt(0))
        && (pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("FW"));
  }

  private static String words(AnnotatedSentence s, int start, int stop) {
    StringBuilder b = new StringBuilder();
    for (int k = start; k < stop; k++) {
      String w = s.token(k).word();
      boolean glue = w.equals("-") || (k > start && s.token(k - 1).word().equals("-"));
      b.append(k > start && !glue ? " " : "").append(w);
    }
    return b.toString();
  }
}
