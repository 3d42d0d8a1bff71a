package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.Event;
import org.vigil.core.geo.Location;
import org.vigil.core.pipeline.EventPipeline;
import org.vigil.core.pipeline.Outcome;
import org.vigil.core.text.Document;
import org.vigil.geo.GeoNamesGazetteer;

/** Geolocation on a small hand-checked set, through the whole pipeline. */
class GeolocationIT {
  /** A sentence and where its first event happened: place name ("" = any), country, precision. */
  private record Case(String text, String place, String country, Location.Precision precision) {}

  private static final List<Case> CASES =
      List.of(
          new Case(
              "Russian forces shelled Ukrainian positions near Kharkiv.",
              "Kharkiv",
              "UKR",
              Location.Precision.CITY),
          new Case(
              "WARSAW, Nov 16 -- Poland accused Belarus of provoking the clashes.",
              "Warsaw",
              "POL",
              Location.Precision.CITY),
          new Case(
              "Lithuania accused Belarus of sending migrants across the border.",
              "",
              "BLR",
              Location.Precision.COUNTRY),
          new Case(
              "Belarusian police detained opposition activists in Grodno.",
              "",
              "BLR",
              Location.Precision.CITY),
          new Case(
              "Russia expelled Polish diplomats from Moscow on Friday.",
              "Moscow",
              "RUS",
              Location.Precision.CITY),
          new Case(
              "The United States imposed sanctions on Iran.",
              "",
              "IRN",
              Location.Precision.COUNTRY),
          new Case(
              "French police arrested dozens of protesters in Paris on Saturday.",
              "Paris",
              "FRA",
              Location.Precision.CITY),
          new Case(
              "Iraqi forces fought Islamic State militants in Mosul.",
              "Mosul",
              "IRQ",
              Location.Precision.CITY),
          new Case(
              "Polish border guards detained migrants near the Belarusian border.",
              "",
              "POL",
              Location.Precision.COUNTRY),
          new Case(
              "Turkish troops attacked Kurdish militants in northern Syria.",
              "",
              "SYR",
              Location.Precision.COUNTRY),
          new Case(
              "Germany criticized Hungary over its asylum law.",
              "",
              "HUN",
              Location.Precision.COUNTRY),
          new Case(
              "Israeli aircraft struck Hamas positions in Rafah.",
              "Rafah",
              "PSE",
              Location.Precision.CITY));

  @Test
  void gazetteerLoadsCitiesAndCapitals() {
    GeoNamesGazetteer g = Engine.gazetteer();
    assertThat(g.size()).isGreaterThan(20_000);
    assertThat(g.city("Warsaw")).get().extracting(Location::country).isEqualTo("POL");
    assertThat(g.city("Kiev")).get().extracting(Location::name).isEqualTo("Kyiv");
    assertThat(g.country("BLR"))
        .get()
        .satisfies(
            l -> {
              assertThat(l.name()).isEqualTo("Minsk");
              assertThat(l.precision()).isEqualTo(Location.Precision.COUNTRY);
            });
    assertThat(g.city("March")).isEmpty();
  }

  @Test
  void handCheckedSet() {
    EventPipeline p = Engine.pipeline(new EngineOptions(), System.err);
    int coded = 0;
    int country = 0;
    int exact = 0;
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      Outcome.Coded o =
          (Outcome.Coded) p.process(Document.of("g" + i, LocalDate.of(2021, 11, 16), c.text()));
      if (o.events().isEmpty()) {
        System.out.println("geo: no event for: " + c.text());
        continue;
      }
      coded++;
      Event e = o.events().get(0);
      Location l = e.location().orElse(null);
      boolean sameCountry = l != null && l.country().equals(c.country());
      boolean sameExact =
          sameCountry
              && l.precision() == c.precision()
              && (c.place().isEmpty() || l.name().equals(c.place()));
      country += sameCountry ? 1 : 0;
      exact += sameExact ? 1 : 0;
      System.out.printf("geo: %-5s %-5s %s -> %s%n", sameCountry, sameExact, c.text(), l);
    }
    System.out.printf(
        "geolocation on %d hand-checked sentences (%d coded): country accuracy %.2f, place+precision accuracy %.2f%n",
        CASES.size(), coded, (double) country / coded, (double) exact / coded);
    assertThat(coded).isGreaterThanOrEqualTo(10);
    assertThat((double) country / coded).isGreaterThanOrEqualTo(0.75);
  }
}
