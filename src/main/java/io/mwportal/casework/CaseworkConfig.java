package io.mwportal.casework;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The case kernel's settings ({@code portal.casework.*}); the statutory clocks are the case types' own. */
@ConfigMapping(prefix = "portal.casework")
public interface CaseworkConfig {

    /** Largest evidence file. */
    @WithDefault("10M")
    MemorySize attachmentMaxSize();

    /** Most evidence files a case may have. */
    @WithDefault("20")
    int attachmentsPerCase();

    /** An officer is offered as an assignee if the portal has seen them within this many days. */
    @WithDefault("90")
    int officerActiveDays();

    /** How often the overdue job runs ({@code off} in tests, which run it themselves). */
    @WithDefault("10m")
    String overdueCheckEvery();
}
