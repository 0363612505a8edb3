package cn.henan.cjrh.enterprise;

import java.time.Instant;

/** 企业 — a registered enterprise; its county decides who reviews its applications. */
public record Enterprise(
        long id,
        String uscc,
        String name,
        String countyCode,
        String cityCode,
        String legalRepresentative,
        String contactName,
        String contactPhone,
        Instant registeredAt) {}
