package cn.henan.cjrh.directory;

import cn.henan.cjrh.identity.Actor;
import java.util.List;

/** The province checked an application's open objections (异议核查) and upheld or dismissed them. */
public record ObjectionResolved(
        long applicationId, List<Long> objectionIds, boolean upheld, Actor actor, String comment) {

    public ObjectionResolved {
        objectionIds = List.copyOf(objectionIds);
    }
}
