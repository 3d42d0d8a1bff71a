package org.vigil.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.Event;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Polarity;
import org.vigil.core.testing.Sentences;
import org.vigil.core.text.AnnotatedSentence;

class GeolocatorTest {
  private static final Location KUZNICA =
      new Location("Kuznica", "POL", "80", 53.5, 23.6, Location.Precision.CITY);
  private static final Location WARSAW =
      new Location("Warsaw", "POL", "78", 52.2, 21.0, Location.Precision.CITY);
  private static final Location MINSK =
      new Location("Minsk", "BLR", "04", 53.9, 27.6, Location.Precision.COUNTRY);
  private static final Location VILNIUS =
      new Location("Vilnius", "LTU", "65", 54.7, 25.3, Location.Precision.COUNTRY);

  private static final Gazetteer FAKE =
      new Gazetteer() {
        final Map<String, Location> cities = Map.of("Kuznica", KUZNICA, "Warsaw", WARSAW);
        final Map<String, Location> countries = Map.of("BLR", MINSK, "LTU", VILNIUS);

        @Override
        public Optional<Location> city(String name) {
          return Optional.ofNullable(cities.get(name));
        }

        @Override
        public Optional<Location> country(String iso3) {
          return Optional.ofNullable(countries.get(iso3));
        }
      };

  private static Event event(int sentence, String src, String tgt) {
    return new Event(
        "d",
        sentence,
        Optional.of(LocalDate.of(2021, 11, 16)),
        new ActorRef(src, src, 0, 1, List.of()),
        new ActorRef(tgt, tgt, 0, 1, List.of()),
        "112",
        3,
        -2.0,
        Optional.empty(),
        Polarity.POSITIVE,
        Modality.ASSERTED,
        new Evidence("s", "t", 0, 1),
        "p",
        "1",
        Optional.empty());
  }

  @Test
  void placeInTheSentenceThenDatelineThenTargetThenSourceCountry() {
    AnnotatedSentence dateline =
        Sentences.parse(
            "d",
            0,
            """
            WARSAW WARSAW NNP 0 root
            , , , 1 punct
            Nov Nov NNP 1 appos
            """);
    AnnotatedSentence withPlace =
        Sentences.parse(
            "d",
            1,
            """
            Poland Poland NNP 2 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 2 obj
            near near IN 5 case
            Kuznica Kuznica NNP 2 obl
            """);
    AnnotatedSentence plain =
        Sentences.parse(
            "d",
            2,
            """
            Lithuania Lithuania NNP 2 nsubj
            accused accuse VBD 0 root
            Belarus Belarus NNP 2 obj
            """);
    List<Event> located =
        new Geolocator(FAKE)
            .locate(
                List.of(dateline, withPlace, plain),
                List.of(event(1, "POL", "BLR"), event(2, "LTU", "BLRGOV")));
    assertThat(located.get(0).location()).contains(KUZNICA);
    assertThat(located.get(1).location()).contains(WARSAW);
    AnnotatedSentence first =
        Sentences.parse(
            "d",
            0,
            """
            Lithuania Lithuania NNP 2 nsubj
            protested protest VBD 0 root
            """);
    List<Event> noDateline =
        new Geolocator(FAKE)
            .locate(
                List.of(first, withPlace),
                List.of(event(1, "LTU", "BLRGOV"), event(1, "LTU", "USA")));
    assertThat(noDateline.get(0).location()).contains(KUZNICA);
    List<Event> fallback =
        new Geolocator(FAKE)
            .locate(
                List.of(first, plain),
                List.of(event(1, "LTU", "BLRGOV"), event(1, "LTU", "USA"), event(1, "FRA", "USA")));
    assertThat(fallback.get(0).location()).contains(MINSK);
    assertThat(fallback.get(1).location()).contains(VILNIUS);
    assertThat(fallback.get(2).location()).isEmpty();
  }

  @Test
  void aColonEndsAWireDateline() {
    AnnotatedSentence first =
        Sentences.parse(
            "d",
            0,
            """
            WARSAW WARSAW NNP 0 root
            : : : 1 punct
            Lithuania Lithuania NNP 4 nsubj
            protested protest VBD 1 parataxis
            """);
    List<Event> located =
        new Geolocator(FAKE).locate(List.of(first), List.of(event(0, "LTU", "USA")));
    assertThat(located.get(0).location()).contains(WARSAW);
  }
}
