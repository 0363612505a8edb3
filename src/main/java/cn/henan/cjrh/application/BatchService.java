package cn.henan.cjrh.application;

import cn.henan.cjrh.identity.Actor;
import cn.henan.cjrh.shared.ConflictException;
import cn.henan.cjrh.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 申报批次 — admins open and change batches; everyone reads them. */
@Service
public class BatchService {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BatchService(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Batch create(Actor admin, BatchRequest request) {
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql(
                            """
                            insert into batch (year, opens_at, closes_at, created_by)
                            values (:year, :opensAt, :closesAt, :by)
                            """)
                    .param("year", request.year())
                    .param("opensAt", Timestamp.from(request.opensAt()))
                    .param("closesAt", Timestamp.from(request.closesAt()))
                    .param("by", admin.username())
                    .update(keys, "id");
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("application.batch.year-exists", request.year());
        }
        var batch = new Batch(keys.getKeyAs(Long.class), request.year(), request.opensAt(), request.closesAt());
        events.publishEvent(new BatchChanged(batch, admin, true));
        return batch;
    }

    @Transactional
    public Batch update(Actor admin, long id, BatchRequest request) {
        int updated;
        try {
            updated = jdbc.sql(
                            "update batch set year = :year, opens_at = :opensAt, closes_at = :closesAt where id = :id")
                    .param("year", request.year())
                    .param("opensAt", Timestamp.from(request.opensAt()))
                    .param("closesAt", Timestamp.from(request.closesAt()))
                    .param("id", id)
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("application.batch.year-exists", request.year());
        }
        if (updated == 0) {
            throw new NotFoundException("application.batch.not-found", id);
        }
        var batch = new Batch(id, request.year(), request.opensAt(), request.closesAt());
        events.publishEvent(new BatchChanged(batch, admin, false));
        return batch;
    }

    public List<Batch> list() {
        return jdbc.sql("select id, year, opens_at, closes_at from batch order by year desc")
                .query(BatchService::map)
                .list();
    }

    public Optional<Batch> find(long id) {
        return jdbc.sql("select id, year, opens_at, closes_at from batch where id = :id")
                .param("id", id)
                .query(BatchService::map)
                .optional();
    }

    public Batch get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("application.batch.not-found", id));
    }

    public Optional<Batch> findByYear(int year) {
        return jdbc.sql("select id, year, opens_at, closes_at from batch where year = :year")
                .param("year", year)
                .query(BatchService::map)
                .optional();
    }

    /** Whether the batch takes submissions now. */
    public boolean isOpenNow(Batch batch) {
        return batch.isOpenAt(clock.instant());
    }

    private static Batch map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Batch(
                rs.getLong("id"),
                rs.getInt("year"),
                rs.getTimestamp("opens_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant());
    }
}
