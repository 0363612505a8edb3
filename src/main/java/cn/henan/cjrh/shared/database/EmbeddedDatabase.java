package cn.henan.cjrh.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL cluster started by the platform itself (zonky binaries), holding the database {@code cjrh}.
 *
 * <p>When the JVM runs as root, zonky starts the server under {@code unshare -U}, since PostgreSQL refuses to run as
 * root.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DATABASE = "cjrh";
    public static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(EmbeddedDatabaseProperties settings) {
        try {
            var dir = settings.dir().toAbsolutePath().normalize();
            Files.createDirectories(dir);
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.toFile())
                    .setCleanDataDirectory(settings.cleanOnStart())
                    .setPort(settings.port())
                    .setServerConfig("synchronous_commit", settings.durable() ? "on" : "off")
                    .setServerConfig("fsync", settings.durable() ? "on" : "off")
                    .setServerConfig("full_page_writes", settings.durable() ? "on" : "off")
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("locale", "C.UTF-8")
                    // Spring closes the database after the pool (destroy order); a second hook racing it at JVM
                    // exit kept the process alive for half a minute.
                    .setRegisterShutdownHook(false)
                    .start();
            var database = new EmbeddedDatabase(postgres);
            database.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL on {} with data in {}", database.jdbcUrl(), dir);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    private void createDatabaseIfMissing() {
        DataSource admin = postgres.getPostgresDatabase();
        try (var connection = admin.getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8'");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
