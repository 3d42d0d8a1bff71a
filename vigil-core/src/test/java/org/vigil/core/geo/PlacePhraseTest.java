package org.vigil.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.core.geo.Location.Precision;
import org.vigil.core.testing.Sentences;
import org.vigil.core.text.AnnotatedSentence;

class PlacePhraseTest {
  private static final Location GRODNO_CITY =
      new Location("Grodno", "BLR", "03", 53.7, 23.8, Precision.CITY);
  private static final Location GRODNO_REGION =
      new Location("Grodno", "BLR", "03", 53.6, 25.0, Precision.REGION);
  private static final Location KYIV =
      new Location("Kyiv", "UKR", "12", 50.4, 30.5, Precision.COUNTRY);
  private static final Location TBILISI =
      new Location("Tbilisi", "GEO", "51", 41.7, 44.8, Precision.COUNTRY);
  private static final Location GEORGIA_STATE =
      new Location("Georgia", "USA", "GA", 33.0, -83.5, Precision.REGION);
  private static final Location ATLANTA_US =
      new Location("Atlanta", "USA", "GA", 33.7, -84.4, Precision.CITY);
  private static final Location PUNJAB_PK =
      new Location("Punjab", "PAK", "04", 31.0, 72.5, Precision.REGION);
  private static final Location PUNJAB_IN =
      new Location("Punjab", "IND", "23", 30.8, 75.4, Precision.REGION);

  /** A gazetteer that answers regions whether cued or not, so the phrase reader decides. */
  private static final Gazetteer FAKE =
      new Gazetteer() {
        final Map<String, Location> cities = Map.of("Grodno", GRODNO_CITY, "Atlanta", ATLANTA_US);
        final Map<String, List<Location>> regions =
            Map.of(
                "Grodno", List.of(GRODNO_REGION),
                "Georgia", List.of(GEORGIA_STATE),
                "Punjab", List.of(PUNJAB_PK, PUNJAB_IN));

        @Override
        public Optional<Location> city(String name) {
          return Optional.ofNullable(cities.get(name));
        }

        @Override
        public Optional<Location> country(String iso3) {
          return Optional.empty();
        }

        @Override
        public Optional<Location> countryNamed(String name) {
          return Optional.ofNullable(Map.of("Ukraine", KYIV, "Georgia", TBILISI).get(name));
        }

        @Override
        public List<Location> regions(String name, boolean cued) {
          return regions.getOrDefault(name, List.of());
        }
      };

  private static final PlacePhrase PHRASE = new PlacePhrase(FAKE);

  /** "Troops massed" + the given rows (word POS). */
  private static AnnotatedSentence sentence(String... wordPos) {
    StringBuilder rows = new StringBuilder("Troops troop NNS 2 nsubj\nmassed mass VBD 0 root\n");
    for (int i = 0; i < wordPos.length; i += 2) {
      rows.append(wordPos[i]).append(' ').append(wordPos[i]).append(' ').append(wordPos[i + 1]);
      rows.append(" 2 dep\n");
    }
    return Sentences.parse("d", 1, rows.toString());
  }

  @Test
  void theRegionWordMakesARegionOfACityName() {
    assertThat(PHRASE.find(sentence("in", "IN", "Grodno", "NNP"), Set.of())).contains(GRODNO_CITY);
    assertThat(
            PHRASE.find(
                sentence("in", "IN", "the", "DT", "Grodno", "NNP", "region", "NN"), Set.of()))
        .contains(GRODNO_REGION);
    assertThat(PHRASE.find(sentence("in", "IN", "Grodno", "NNP", "Oblast", "NNP"), Set.of()))
        .contains(GRODNO_REGION);
  }

  @Test
  void aCompassWordBeforeACountryKeepsTheCountry() {
    assertThat(PHRASE.find(sentence("in", "IN", "eastern", "JJ", "Ukraine", "NNP"), Set.of()))
        .contains(KYIV);
  }

  @Test
  void aCountryNameWinsOverTheSameNamedRegionUnlessTheTextSaysState() {
    assertThat(PHRASE.find(sentence("in", "IN", "Georgia", "NNP"), Set.of("USA")))
        .contains(TBILISI);
    assertThat(PHRASE.find(sentence("in", "IN", "Georgia", "NNP", "state", "NN"), Set.of()))
        .contains(GEORGIA_STATE);
    assertThat(
            PHRASE.find(
                sentence("in", "IN", "Atlanta", "NNP", ",", ",", "Georgia", "NNP"), Set.of()))
        .contains(ATLANTA_US);
  }

  @Test
  void aRegionNameInTwoCountriesNeedsAnActorFromOne() {
    AnnotatedSentence punjab = sentence("in", "IN", "Punjab", "NNP");
    assertThat(PHRASE.find(punjab, Set.of("PAK", "IND"))).contains(PUNJAB_PK);
    assertThat(PHRASE.find(punjab, Set.of("IND"))).contains(PUNJAB_IN);
    assertThat(PHRASE.find(punjab, Set.of("FRA"))).isEmpty();
  }

  @Test
  void noPrepositionNoPlace() {
    assertThat(PHRASE.find(sentence("Grodno", "NNP"), Set.of())).isEmpty();
  }
}
