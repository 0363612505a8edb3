package cn.henan.cjrh.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default run keeps its data: stop the embedded PostgreSQL, start it on the same folder, and it is all there. */
class EmbeddedDatabaseIT {

    @Test
    void dataCommittedBeforeAStop_isThereAfterTheRestart(@TempDir Path dir) throws SQLException {
        var settings = new EmbeddedDatabaseProperties(dir.resolve("data"), 0, true, false);

        try (var database = EmbeddedDatabase.start(settings);
                var connection = DriverManager.getConnection(database.jdbcUrl());
                var statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('河南')");
        }

        try (var database = EmbeddedDatabase.start(settings);
                var connection = DriverManager.getConnection(database.jdbcUrl());
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select note, current_setting('synchronous_commit') from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("河南");
            assertThat(rows.getString(2)).as("durable commits").isEqualTo("on");
        }
    }
}
