package org.vigil.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.store.ActorProfile;
import org.vigil.store.ActorRow;
import org.vigil.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil actor}: an actor's profile from the store (named queries actor-*). */
@Command(
    name = "actor",
    mixinStandardHelpOptions = true,
    description = {
      "Prints an actor's profile: its codes, events as source and target by quad class, top",
      "partners, top event codes and mean Goldstein value per month. CODE is a code prefix",
      "(BLR covers BLRGOV and BLRMIL). Opens the store read-only."
    })
final class ActorCommand implements Callable<Integer> {
  private static final String[] QUADS = {
    "", "verbal coop.", "material coop.", "verbal confl.", "material confl."
  };

  @Parameters(paramLabel = "CODE", description = "Actor code or code prefix, e.g. BLR or BLRGOV.")
  String code;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Partners and event codes to list. Default: ${DEFAULT-VALUE}.")
  int top = 10;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    if (!code.matches("[A-Za-z]{3}[A-Za-z0-9]*")) {
      throw new UserException(ExitCodes.USAGE, "CODE must be a CAMEO actor code, e.g. BLR");
    }
    if (top < 1) {
      throw new UserException(ExitCodes.USAGE, "--top must be at least 1");
    }
    String actor = code.toUpperCase(Locale.ROOT);
    try (EventStore db = store.openReadOnly()) {
      ActorProfile p = db.actorProfile(actor, top);
      if (p.isEmpty()) {
        throw new UserException(ExitCodes.FAILURE, "no events of actor " + actor + " in the store");
      }
      print(p);
      return ExitCodes.OK;
    }
  }

  private static void print(ActorProfile p) {
    System.out.printf(
        "actor %s: first seen %s, last seen %s%n",
        p.actor(),
        p.firstSeen().map(LocalDate::toString).orElse("-"),
        p.lastSeen().map(LocalDate::toString).orElse("-"));
    System.out.printf("%-12s %-28s %7s %7s %7s%n", "code", "name", "events", "source", "target");
    for (ActorRow a : p.codes()) {
      System.out.printf(
          "%-12s %-28s %7d %7d %7d%n",
          a.code(), a.name().orElse("-"), a.events(), a.asSource(), a.asTarget());
    }
    System.out.printf("%nby quad class     %7s %7s%n", "source", "target");
    for (int q = 1; q <= 4; q++) {
      System.out.printf("%d %-15s %7d %7d%n", q, QUADS[q], p.asSource()[q], p.asTarget()[q]);
    }
    System.out.printf("%ntop partners    %7s %8s %7s%n", "events", "conflict", "gs-mean");
    for (ActorProfile.Partner x : p.partners()) {
      System.out.printf(
          Locale.ROOT,
          "%-15s %7d %8d %7.2f%n",
          x.entity(),
          x.events(),
          x.conflict(),
          x.goldsteinMean());
    }
    System.out.printf("%ntop event codes %7s%n", "events");
    for (ActorProfile.CodeCount c : p.eventCodes()) {
      System.out.printf("%-15s %7d%n", c.code(), c.events());
    }
    System.out.printf("%nmonth   %7s %7s%n", "events", "gs-mean");
    for (ActorProfile.Month m : p.months()) {
      System.out.printf(
          Locale.ROOT,
          "%-7s %7d %7.2f%n",
          m.month().toString().substring(0, 7),
          m.events(),
          m.goldsteinMean());
    }
  }
}
