package io.mwportal.training;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A year's list of occupations in short supply (紧缺职业目录); its codes are in {@code shortage_occupation}. */
@Entity
@Table(name = "shortage_occupation_list")
public class ShortageOccupationList extends PanacheEntityBase {

    @Id
    public Integer year;

    public String source;

    @Column(name = "loaded_at")
    public Instant loadedAt;

    @Column(name = "loaded_by")
    public String loadedBy;

    @Version
    public long version;
}
