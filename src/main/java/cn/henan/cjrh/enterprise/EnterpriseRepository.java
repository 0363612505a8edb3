package cn.henan.cjrh.enterprise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class EnterpriseRepository {
    private final JdbcClient jdbc;

    EnterpriseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Registration registration, String cityCode) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        insert into enterprise (uscc, name, county_code, city_code, legal_representative, contact_name, contact_phone)
                        values (:uscc, :name, :county, :city, :legal, :contactName, :contactPhone)
                        """)
                .param("uscc", registration.uscc())
                .param("name", registration.name().strip())
                .param("county", registration.countyCode())
                .param("city", cityCode)
                .param("legal", registration.legalRepresentative().strip())
                .param("contactName", registration.contactName().strip())
                .param("contactPhone", registration.contactPhone().strip())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    boolean usccRegistered(String uscc) {
        return jdbc.sql("select count(*) from enterprise where uscc = :uscc")
                        .param("uscc", uscc)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Enterprise> find(long id) {
        return jdbc.sql("select * from enterprise where id = :id")
                .param("id", id)
                .query(EnterpriseRepository::map)
                .optional();
    }

    Optional<Enterprise> findByUscc(String uscc) {
        return jdbc.sql("select * from enterprise where uscc = :uscc")
                .param("uscc", uscc)
                .query(EnterpriseRepository::map)
                .optional();
    }

    private static Enterprise map(ResultSet rs, int row) throws SQLException {
        return new Enterprise(
                rs.getLong("id"),
                rs.getString("uscc"),
                rs.getString("name"),
                rs.getString("county_code"),
                rs.getString("city_code"),
                rs.getString("legal_representative"),
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getTimestamp("registered_at").toInstant());
    }
}
