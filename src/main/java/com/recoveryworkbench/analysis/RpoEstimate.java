package com.recoveryworkbench.analysis;

import java.time.Duration;
import java.util.Objects;

/** The worst-case data loss of a service, as its data protection allows. */
public sealed interface RpoEstimate {

    /** Stateless: nothing to lose, RPO does not apply. */
    record NotApplicable() implements RpoEstimate {
    }

    /** Stateful with no protection: everything since the beginning can be lost. */
    record Unbounded() implements RpoEstimate {
    }

    /** At most {@code loss} of data is lost. */
    record Bounded(Duration loss) implements RpoEstimate {
        public Bounded {
            Objects.requireNonNull(loss, "loss");
        }
    }
}
