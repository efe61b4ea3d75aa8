package org.newsgraph.event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.Participant.Role;

/**
 * One rule of constructions.txt: a named pattern and what its groups mean.
 *
 * @param name the rule's name; it travels with every event it makes (provenance)
 * @param phase exclude, refer or contact (see constructions.txt)
 * @param type the event type, or {@code trigger} for the type of the trigger word
 * @param pattern the compiled pattern over the sentence encoding
 * @param triggers the word classes of the trigger group: the rule is only tried where one occurs
 * @param roles the role each group's persons take
 * @param distribute with 分别 (group {@code each}) the persons of this group make one event each; may be empty
 * @param attach whether and where the persons join another event
 * @param examples sentences that must (+) or must not (−) give pairs, checked by the tests
 */
record Construction(String name, Phase phase, String type, Pattern pattern, Set<String> triggers,
                    Map<String, Role> roles, String distribute, Attach attach, List<Example> examples) {

    enum Phase { EXCLUDE, REFER, CONTACT }

    /**
     * Where a construction's persons go: into an event of their own (NONE); into the sentence's other event,
     * else the one still open from the sentences before (SENTENCE: …一同出席); into the event reported before
     * even where the sentence reads the same words as an event of its own (EARLIER: 乙、丙参加会见 after 甲会见了丁).
     */
    enum Attach { NONE, SENTENCE, EARLIER }

    /** An example sentence and the pairs it gives ("A-B"), none for a negative example. */
    record Example(String sentence, boolean positive, List<String> pairs) {
    }
}
