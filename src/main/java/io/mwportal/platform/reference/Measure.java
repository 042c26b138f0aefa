package io.mwportal.platform.reference;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One of the 19 measures of the city's policy document, with the departments responsible for it. */
@Entity
@Table(name = "measure")
public class Measure extends PanacheEntityBase {

    @Id
    public int number;

    @Column(name = "title_zh")
    public String titleZh;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "summary_zh")
    public String summaryZh;

    @Column(name = "summary_en")
    public String summaryEn;

    @Column(name = "portal_service")
    public String portalService;

    @OneToMany(mappedBy = "measure")
    @OrderBy("position")
    public List<MeasureDepartment> departments = new ArrayList<>();
}
