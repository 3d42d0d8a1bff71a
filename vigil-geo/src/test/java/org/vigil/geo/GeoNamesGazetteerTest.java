package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.geo.Location;
import org.vigil.core.geo.Location.Precision;

class GeoNamesGazetteerTest {
  private static GeoNamesGazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = GeoNamesGazetteer.load();
  }

  private static Location only(String name, boolean cued) {
    List<Location> regions = gazetteer.regions(name, cued);
    assertThat(regions).as(name).hasSize(1);
    return regions.get(0);
  }

  @Test
  void regionsFromGeoNamesHaveAPointInsideTheirCountry() {
    Location texas = only("Texas", false);
    assertThat(texas.country()).isEqualTo("USA");
    assertThat(texas.admin1()).isEqualTo("TX");
    assertThat(texas.precision()).isEqualTo(Precision.REGION);
    assertThat(texas.lat()).isBetween(26.0, 36.5);
    assertThat(texas.lon()).isBetween(-106.6, -93.5);
    Location bavaria = only("Bavaria", false);
    assertThat(bavaria.country()).isEqualTo("DEU");
    assertThat(bavaria.lat()).isBetween(47.3, 50.6);
    assertThat(gazetteer.regionNames()).isGreaterThan(3_000);
  }

  @Test
  void placeFileNamesRegionsAsNewsWritesThem() {
    Location podlaskie = only("Podlaskie", false);
    assertThat(podlaskie)
        .extracting(Location::name, Location::country, Location::admin1)
        .containsExactly("Podlaskie", "POL", "81");
    assertThat(only("Podlasie", false)).isEqualTo(podlaskie);
    assertThat(only("Hrodna Oblast", false).admin1()).isEqualTo("03");
    assertThat(only("Grodno", true).name()).isEqualTo("Grodno");
    assertThat(only("Donetsk", true).admin1()).isEqualTo("05");
    Location darfur = only("Darfur", false);
    assertThat(darfur)
        .extracting(Location::country, Location::admin1, Location::precision)
        .containsExactly("SDN", "", Precision.REGION);
    assertThat(only("Kurdistan", false).country()).isEqualTo("IRQ");
  }

  @Test
  void aRegionThatIsAlsoACityOrACountryNeedsTheWordRegion() {
    assertThat(gazetteer.regions("Donetsk", false)).isEmpty();
    assertThat(gazetteer.city("Donetsk")).get().extracting(Location::country).isEqualTo("UKR");
    assertThat(gazetteer.regions("Georgia", false)).isEmpty();
    assertThat(gazetteer.countryNamed("Georgia"))
        .get()
        .extracting(Location::country)
        .isEqualTo("GEO");
    assertThat(only("Georgia", true).country()).isEqualTo("USA");
    assertThat(gazetteer.regions("Washington", false)).isEmpty();
    assertThat(gazetteer.regions("Red Sea", false)).isEmpty();
    assertThat(gazetteer.regions("Unity", false)).isEmpty();
  }

  @Test
  void sameRegionNameInTwoCountriesAnswersBoth() {
    assertThat(gazetteer.regions("Punjab", false))
        .extracting(Location::country)
        .containsExactlyInAnyOrder("PAK", "IND");
  }

  @Test
  void countriesByNameAndCitiesInsideARegion() {
    assertThat(gazetteer.countryNamed("Britain"))
        .get()
        .extracting(Location::country)
        .isEqualTo("GBR");
    assertThat(gazetteer.countryNamed("Ukraine"))
        .get()
        .extracting(Location::precision)
        .isEqualTo(Precision.COUNTRY);
    assertThat(gazetteer.city("Paris")).get().extracting(Location::country).isEqualTo("FRA");
    assertThat(gazetteer.city("Paris", "USA", "TX"))
        .get()
        .extracting(Location::admin1)
        .isEqualTo("TX");
    assertThat(gazetteer.city("Paris", "DEU", "")).isEmpty();
  }

  @Test
  void placeFileProblemsAreAllReportedWithTheirLines() {
    List<String> lines =
        List.of(
            "# comment",
            "region\tGood\tPOL\t81\t\t\tnote",
            "place\tBad kind\tPOL\t\t\t\tnote",
            "region\tNo point\tPOL\t\t\t\tnote",
            "region\tBad lat\tPOL\t\t95\t20\tnote",
            "country\tNo note\tPOL\t\t\t\t",
            "region\tshort");
    assertThatThrownBy(() -> PlaceFile.parse("places.tsv", lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 problem(s)")
        .hasMessageContaining("places.tsv:3: kind must be country or region")
        .hasMessageContaining("places.tsv:4: a region row needs an admin1 code or coordinates")
        .hasMessageContaining("places.tsv:5: lat must be within")
        .hasMessageContaining("places.tsv:6: note")
        .hasMessageContaining("places.tsv:7: expected 7");
  }

  @Test
  void aPlaceFileRowForAnUnknownRegionFailsTheLoad() {
    assertThatThrownBy(() -> GeoNamesGazetteer.load(List.of("region\tNowhere\tPOL\t99\t\t\tnote")))
        .hasMessageContaining("places.tsv:1: no GeoNames region POL.99");
  }
}
