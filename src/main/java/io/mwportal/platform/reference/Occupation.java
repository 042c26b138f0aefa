package io.mwportal.platform.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An occupation of 职业分类大典 (code X-XX-XX-XX); jobs and training refer to it. Rows are added by migration. */
@Entity
@Immutable
@Table(name = "occupation")
public class Occupation extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_zh")
    public String nameZh;

    /** The edition of the classification (2022). */
    public String edition;

    /** 1-8: the major group (大类), the code's first digit. */
    @Column(name = "major_group")
    public int majorGroup;
}
