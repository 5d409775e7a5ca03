package org.mentormatch.matchrun;

import java.util.List;
import org.mentormatch.matching.model.HardRule;

/** How a run would judge one pair: the rules it breaks (mentor capacity aside) and its quality 0-100. */
public record PairVerdict(List<HardRule> broken, int quality) {

    public boolean isAllowed() {
        return broken.isEmpty();
    }
}
