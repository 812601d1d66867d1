package io.github.vnnews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void publicationTimeIsoForms() {
    assertThat(PublicationTime.parse("2023-07-28T18:13:12+07:00").toString())
        .isEqualTo("2023-07-28T18:13:12+07:00");
    assertThat(PublicationTime.parse("2023-07-28").toString()).isEqualTo("2023-07-28");
    assertThat(RemovedKind.PAGE_CLOCK.jsonName()).isEqualTo("pageClock");
  }
}
