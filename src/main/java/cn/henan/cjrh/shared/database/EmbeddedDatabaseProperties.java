package cn.henan.cjrh.shared.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that starts when no {@code spring.datasource.url} is given.
 *
 * @param dir where the cluster's data lives; kept across restarts unless {@code cleanOnStart}
 * @param port 0 picks a free port at every start
 * @param durable synchronous commits and fsync, as a real server would (tests turn it off for speed)
 * @param cleanOnStart wipe the data directory first (throwaway databases for tests)
 */
@ConfigurationProperties("cjrh.database.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data") Path dir,
        @DefaultValue("0") int port,
        @DefaultValue("true") boolean durable,
        @DefaultValue("false") boolean cleanOnStart) {}
