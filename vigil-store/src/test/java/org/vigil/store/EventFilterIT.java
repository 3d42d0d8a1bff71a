package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.TestEvents.at;
import static org.vigil.store.TestEvents.event;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.event.Event;
import org.vigil.core.text.Document;

/** Each filter of the events query keeps the matching events and drops the others. */
class EventFilterIT {
  @TempDir static Path dir;
  private static EventStore store;

  private static void put(String id, Event e) {
    store.ingest(
        Document.of(id, e.date().orElse(null), e.evidence().sentence()), 1, List.of(e), "1.test");
  }

  @BeforeAll
  static void fill() {
    store = EventStore.open(dir.resolve("f.duckdb"));
    LocalDate nov = LocalDate.of(2021, 11, 1);
    put(
        "a",
        event(
            "a",
            0,
            nov.plusDays(7),
            "BLRGOV",
            "POL",
            "190",
            4,
            "Belarusian troops fired at MIGRANTS near Polish camps",
            at("Kuznica", "POL")));
    put(
        "b",
        event(
            "b",
            0,
            nov.plusDays(15),
            "POL",
            "BLRMIL",
            "112",
            3,
            "Poland accused Belarus of using migrants",
            at("Warsaw", "POL")));
    put(
        "c",
        event(
            "c",
            0,
            LocalDate.of(2021, 6, 1),
            "LTU",
            "BLR",
            "036",
            1,
            "Lithuania wants talks on 500 diplomats with Minsk",
            at("Vilnius", "LTU")));
    put(
        "d",
        event(
            "d",
            0,
            LocalDate.of(2021, 12, 1),
            "DEU",
            "POL",
            "042",
            1,
            "Germany visits Poland",
            Optional.empty()));
    put(
        "e",
        event(
            "e",
            0,
            nov.plusDays(9),
            "BLR",
            "LTU",
            "195",
            4,
            "Belarus cut 50% of the power line to Lithuania",
            at("Minsk", "BLR")));
    put(
        "f",
        TestEvents.negated(
            event(
                "f",
                0,
                nov.plusDays(8),
                "BLRGOV",
                "POL",
                "190",
                4,
                "Belarus did not fire at migrants",
                at("Kuznica", "POL"))));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<String> docs(EventFilter f) {
    return store.events(f).stream().map(EventRow::docId).toList();
  }

  @Test
  void everyAssertedEventNewestFirst() {
    assertThat(docs(EventFilter.all())).containsExactly("d", "b", "e", "a", "c");
    EventRow a = store.events(EventFilter.all().withDyad("BLRGOV", "POL")).get(0);
    assertThat(a)
        .isEqualTo(
            new EventRow(
                "a",
                0,
                Optional.of(LocalDate.of(2021, 11, 8)),
                "BLRGOV",
                "POL",
                "190",
                4,
                -5.0,
                Optional.of("Kuznica"),
                Optional.of("POL"),
                "p.test",
                "Belarusian troops fired at MIGRANTS near Polish camps"));
  }

  @Test
  void dateRange() {
    assertThat(
            docs(
                EventFilter.all()
                    .withFrom(LocalDate.of(2021, 11, 9))
                    .withTo(LocalDate.of(2021, 11, 30))))
        .containsExactly("b", "e");
    assertThat(docs(EventFilter.all().withTo(LocalDate.of(2021, 11, 8)))).containsExactly("a", "c");
  }

  @Test
  void actorIsACodePrefixOnEitherSide() {
    assertThat(docs(EventFilter.all().withActor("BLR"))).containsExactly("b", "e", "a", "c");
    assertThat(docs(EventFilter.all().withActor("BLRGOV"))).containsExactly("a");
    assertThat(docs(EventFilter.all().withActor("POL"))).containsExactly("d", "b", "a");
  }

  @Test
  void dyadIsDirected() {
    assertThat(docs(EventFilter.all().withDyad("BLR", "POL"))).containsExactly("a");
    assertThat(docs(EventFilter.all().withDyad("POL", "BLR"))).containsExactly("b");
    assertThat(docs(EventFilter.all().withDyad("POL", "DEU"))).isEmpty();
  }

  @Test
  void codePrefixAndRoot() {
    assertThat(docs(EventFilter.all().withCode("19"))).containsExactly("e", "a");
    assertThat(docs(EventFilter.all().withCode("190"))).containsExactly("a");
  }

  @Test
  void quadClass() {
    assertThat(docs(EventFilter.all().withQuadClass(4))).containsExactly("e", "a");
    assertThat(docs(EventFilter.all().withQuadClass(1))).containsExactly("d", "c");
  }

  @Test
  void placeIsACountryCodeOrAPlaceName() {
    assertThat(docs(EventFilter.all().withPlace("POL"))).containsExactly("b", "a");
    assertThat(docs(EventFilter.all().withPlace("pol"))).containsExactly("b", "a");
    assertThat(docs(EventFilter.all().withPlace("warsaw"))).containsExactly("b");
    assertThat(docs(EventFilter.all().withPlace("Poland"))).isEmpty();
  }

  @Test
  void textIsACaseInsensitiveSubstringWithoutWildcards() {
    assertThat(docs(EventFilter.all().withText("migrants"))).containsExactly("b", "a");
    assertThat(docs(EventFilter.all().withText("50%"))).containsExactly("e");
    assertThat(docs(EventFilter.all().withText("5_0"))).isEmpty();
    assertThat(docs(EventFilter.all().withText("5.0"))).as("no regular expressions").isEmpty();
    assertThat(docs(EventFilter.all().withText("(power"))).isEmpty();
    assertThat(docs(EventFilter.all().withText("the power line"))).containsExactly("e");
  }

  @Test
  void filtersCombineAndPage() {
    assertThat(docs(EventFilter.all().withActor("BLR").withQuadClass(4).withText("migrants")))
        .containsExactly("a");
    assertThat(docs(EventFilter.all().withPage(2, 1))).containsExactly("b", "e");
  }

  @Test
  void actorProfileCountsSidesPartnersCodesAndMonths() {
    ActorProfile p = store.actorProfile("BLR", 10);
    assertThat(p.codes()).extracting(ActorRow::code).containsExactly("BLR", "BLRGOV", "BLRMIL");
    assertThat(p.asSource()).containsExactly(0, 0, 0, 0, 2);
    assertThat(p.asTarget()).containsExactly(0, 1, 0, 1, 0);
    assertThat(p.partners())
        .containsExactly(
            new ActorProfile.Partner("LTU", 2, 1, -1.0),
            new ActorProfile.Partner("POL", 2, 2, -5.0));
    assertThat(p.eventCodes())
        .extracting(ActorProfile.CodeCount::code)
        .containsExactly("036", "112", "190", "195");
    assertThat(p.months())
        .containsExactly(
            new ActorProfile.Month(LocalDate.of(2021, 6, 1), 1, 3.0),
            new ActorProfile.Month(LocalDate.of(2021, 11, 1), 3, -5.0));
    assertThat(p.firstSeen()).contains(LocalDate.of(2021, 6, 1));
    assertThat(p.lastSeen()).contains(LocalDate.of(2021, 11, 16));
    assertThat(store.actorProfile("BLRGOV", 10).asSource()).containsExactly(0, 0, 0, 0, 1);
    assertThat(store.actorProfile("XYZ", 10).isEmpty()).isTrue();
  }
}
