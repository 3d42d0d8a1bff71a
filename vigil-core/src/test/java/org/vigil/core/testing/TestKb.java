package org.vigil.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.vigil.core.cameo.CameoTable;
import org.vigil.core.kb.KbFile;
import org.vigil.core.kb.KbLoader;
import org.vigil.core.kb.KnowledgeBase;

/** A small knowledge base written for tests, independent of the built-in files. */
public final class TestKb {
  public static final String COUNTRIES =
      """
      id\tcode\tnames\tadjectives\tdemonyms\tseats\tfrom\tuntil\tnote
      country.blr\tBLR\tBelarus\tBelarusian\tBelarusians\tMinsk\t\t\t
      country.pol\tPOL\tPoland\tPolish\tPoles\tWarsaw\t\t\t
      country.ltu\tLTU\tLithuania\tLithuanian\tLithuanians\tVilnius\t\t\t
      country.lva\tLVA\tLatvia\tLatvian\tLatvians\tRiga\t\t\t
      country.rus\tRUS\tRussia\tRussian\tRussians\t\t\t\t
      country.rus-seat\tRUS\t\t\t\tMoscow|Kremlin\t1991-12-26\t\tseat-only row
      country.usr\tUSR\tSoviet Union\tSoviet\tSoviets\tMoscow|Kremlin\t1922-12-30\t1991-12-26\t
      country.ukr\tUKR\tUkraine\tUkrainian\tUkrainians\tKyiv|Kiev\t\t\t
      country.tur\tTUR\tTurkey\tTurkish\tTurks\tAnkara\t\t\tambiguous: the bird
      country.geo\tGEO\tGeorgia\tGeorgian\tGeorgians\tTbilisi\t\t\tambiguous: a given name, a US state
      region.eur\tEUR\tEurope\tEuropean\tEuropeans\t\t\t\t
      """;
  public static final String ORGS =
      """
      id\tcode\tnames\tfrom\tuntil\tnote
      org.eu\tIGOEUREEC\tEuropean Union|EU\t1993-11-01\t\t
      org.nato\tIGOWSTNAT\tNATO|North Atlantic Treaty Organization\t\t\t
      org.seimas\tLTULEG\tSeimas\t\t\tLithuania's parliament
      """;
  public static final String PEOPLE =
      """
      id\tcode\tnames\tfrom\tuntil\tnote
      person.stoltenberg.nor-pm\tNORGOV\tJens Stoltenberg|Stoltenberg\t2005-10-17\t2013-10-16\tPM of Norway
      person.stoltenberg.nato\tIGOWSTNAT\tJens Stoltenberg|Stoltenberg\t2014-10-01\t2024-10-01\tNATO SG
      person.lukashenko\tBLRGOV\tAlexander Lukashenko|Lukashenko|Lukashenka\t1994-07-20\t\tPresident
      person.yeltsin\tRUSGOV\tBoris Yeltsin|Yeltsin\t1991-07-10\t1999-12-31\tPresident of Russia
      person.borrell\tIGOEUREEC\tJosep Borrell|Borrell\t2019-12-01\t2024-12-01\tEU HR
      """;
  public static final String AGENTS =
      """
      id\tcode\tnouns\tnote
      agent.authorities\tGOV\tauthorities|authority|government\t
      agent.minister\tGOV\tminister|ministers|representative|representatives|leader\t
      agent.regime\tGOV\tregime\t
      agent.president\tGOV\tpresident|President\t
      agent.border-guard\tMIL\tborder guard|border guards\t
      agent.troops\tMIL\ttroops|soldiers\t
      agent.migrant\tREF\tmigrant|migrants|refugees\t
      agent.protesters\tCVL\tprotesters|demonstrators\t
      agent.judge\tJUD\tjudge\t
      agent.opposition\tOPP\topposition\t
      agent.leader\tGOV\tleaders\t
      agent.ambassador\tGOV\tambassador\t
      agent.suicide-bomber\tINS\tsuicide bomber\t
      agent.television\tMED\ttelevision\t
      agent.workers\tLAB\tworkers\t
      """;
  public static final String PATTERNS =
      """
      id\tcode\tpattern\tpositive\tnegative\tnote
      p.112.accuse\t112\taccuse|blame >obj\tPoland accused Belarus.\tPoland accused.\t
      p.020.urge\t020\turge|call >obj >on\tNATO urged Russia to stop.\tNATO urged restraint.\t
      p.173.detain\t173\tdetain|arrest >obj\tPolish police detained migrants.\tPoland detained.\t
      p.051.support\t051\tsupport|back >obj\tThe EU supports Poland.\tThe EU supports it.\t
      p.070.send\t070\tsend +obj=expert|aid >to\tNATO sent experts to Lithuania.\tNATO sent a letter.\t
      p.040.meet\t040\tmeet >with\tPoland met with Lithuania.\tPoland met.\t
      p.012.concern\t012\texpress +obj=concern >about >over\tPoland expressed concern about Russia.\tPoland expressed hope.\t
      p.190.beat\t190\tbeat >obj\tUkraine beat Russia.\tUkraine beat.\t
      p.190.fight\t190\tfight >against >obj\tUkraine fought against Russia.\tUkraine fought for freedom.\t
      p.016.deny\t016\tdeny >obj\tBelarus denied Poland.\tBelarus denied it.\t
      p.141.demonstrate\t141\tdemonstrate|rally >against\tPoles rallied against Russia.\tPoles rallied.\t
      p.110.oppose\t110\toppose >obj\tPoland opposed Russia.\tPoland opposed it.\t
      p.120.reject\t120\treject >obj\tPoland rejected Russia.\tPoland rejected it.\t
      p.194.shell\t194\tshell >obj\tRussia shelled Ukraine.\tRussia shelled it.\t
      p.130.threaten\t130\tthreaten >obj\tRussia threatened Ukraine.\tRussia threatened.\t
      p.090.inspect\t090\tinspect >obj\tNATO inspected Ukraine.\tNATO inspected it.\t
      p.1723.impose-curfew\t1723\timpose +obj=curfew >in\tBelarus imposed a curfew in Ukraine.\tBelarus imposed a fine.\t
      p.1056.demand-withdrawal\t1056\tdemand +obj=withdrawal >from >obj\tPoland demanded the withdrawal from Belarus.\tPoland demanded money.\t
      p.036.open-to-talks\t036\topen +obl=talk >with\tPoland is open to talks with Belarus.\tPoland is open.\t
      p.110.summon-ambassador\t110\tsummon +obj=ambassador >obj\tPoland summoned the Russian ambassador.\tPoland summoned Russia.\t
      p.1244.refuse-lift\t1244\trefuse +xcomp=lift >on\tRussia refused to lift the curfew on Ukrainians.\tRussia refused to talk.\t
      p.120.fail-to-agree\t120\tfail +xcomp=reach|agree >with\tPoland failed to agree with Lithuania.\tPoland failed to win.\t
      p.190.kill\t190\tkill|wound >obj\tRussia killed Ukrainian soldiers.\tRussia killed time.\t
      p.185.try-to-kill\t185\ttry|attempt +xcomp=kill >xcomp >obj\tRussia tried to kill Ukrainian soldiers.\tRussia tried to sleep.\t
      p.1712.demolish\t1712\tdemolish|destroy >obj\tRussia destroyed Ukraine.\tRussia destroyed.\t
      p.191.block-crossings\t191\tblock +obj=crossing|crossings|road|roads >with\tRussia blocked crossings with Ukraine.\tRussia blocked the bill.\t
      p.0874.surrender\t0874\tsurrender >to\tRussian troops surrendered to Ukraine.\tRussia surrendered the bill.\t
      p.190.attack\t190\tattack >obj\tRussia attacked Ukraine.\tRussia attacked.\t
      p.190.launch-attack\t190\tlaunch +obj=attack|strike >against\tRussia launched an attack against Ukraine.\tRussia launched a satellite.\t
      p.057.sign\t057\tsign|ratify +obj=agreement >with\tPoland signed an agreement with Lithuania.\tPoland signed a letter.\t
      p.043.host\t043\thost|receive >obj\tPoland hosted Lithuania.\tPoland hosted.\t
      p.175.fire-gas\t175\tfire +obj=gas >at\tPolish police fired gas at Belarusian migrants.\tPolish police fired a manager.\t
      p.0813.lift-curfew\t0813\tlift|ease +obj=curfew >in\tBelarus lifted the curfew in Ukraine.\tBelarus lifted the ban.\t
      """;

  public static final String DISCARDS =
      """
      id\tscope\tphrases\tnote
      discard.score\tsentence\t#score & beat|goalkeeper\tsports
      discard.markets\tdocument\tDow Jones\tmarkets
      """;

  private TestKb() {}

  /** Loads the test knowledge base. */
  public static KnowledgeBase load() {
    KbLoader.Result r = new KbLoader(CameoTable.load()).load(List.of(files()));
    if (!r.problems().isEmpty()) {
      throw new IllegalStateException("test KB has problems: " + r.problems());
    }
    return r.kb();
  }

  /** The test files. */
  public static List<KbFile> files() {
    return List.of(
        file("actors/countries.tsv", COUNTRIES),
        file("actors/organizations.tsv", ORGS),
        file("actors/people.tsv", PEOPLE),
        file("actors/agents.tsv", AGENTS),
        file("patterns/test.tsv", PATTERNS),
        file("discards.tsv", DISCARDS));
  }

  /** A file with the given path and text. */
  public static KbFile file(String path, String text) {
    return new KbFile(path, text.getBytes(StandardCharsets.UTF_8));
  }
}
