package nl.wams.verslag.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock of the service; one bean, so that "today" means the same everywhere. */
class Klok {

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
