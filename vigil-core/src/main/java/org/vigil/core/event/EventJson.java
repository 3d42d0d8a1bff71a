package org.vigil.core.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** The JSON-lines form of an event (field names are a public contract: docs/event-schema.md). */
public final class EventJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventJson() {}

  /** The event as a JSON object. */
  public static ObjectNode toJson(Event e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("doc_id", e.docId());
    o.put("sentence_index", e.sentenceIndex());
    if (e.date().isPresent()) {
      o.put("date", e.date().get().toString());
    } else {
      o.putNull("date");
    }
    o.set("source", actor(e.source()));
    o.set("target", actor(e.target()));
    o.put("code", e.code());
    o.put("root_code", e.rootCode());
    o.put("quad_class", e.quadClass());
    o.put("goldstein", e.goldstein());
    if (e.plover().isPresent()) {
      o.put("plover", e.plover().get());
    } else {
      o.putNull("plover");
    }
    o.put("polarity", e.polarity().name().toLowerCase(Locale.ROOT));
    o.put("modality", e.modality().name().toLowerCase(Locale.ROOT));
    ObjectNode ev = o.putObject("evidence");
    ev.put("sentence", e.evidence().sentence());
    ev.put("trigger", e.evidence().trigger());
    ev.put("trigger_begin", e.evidence().triggerBegin());
    ev.put("trigger_end", e.evidence().triggerEnd());
    o.put("rule", e.rule());
    o.put("kb_version", e.kbVersion());
    if (e.location().isPresent()) {
      org.vigil.core.geo.Location l = e.location().get();
      ObjectNode loc = o.putObject("location");
      loc.put("name", l.name());
      loc.put("country", l.country());
      loc.put("admin1", l.admin1());
      loc.put("lat", l.lat());
      loc.put("lon", l.lon());
      loc.put("precision", l.precision().name().toLowerCase(Locale.ROOT));
    } else {
      o.putNull("location");
    }
    return o;
  }

  /** One line of JSON. */
  public static String toLine(Event e) {
    return toJson(e).toString();
  }

  private static ObjectNode actor(ActorRef a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("code", a.code());
    o.put("text", a.text());
    if (a.isEmpty()) {
      o.putNull("begin");
      o.putNull("end");
    } else {
      o.put("begin", a.begin());
      o.put("end", a.end());
    }
    o.set("entries", JSON.valueToTree(a.entries()));
    return o;
  }
}
