package io.mwportal.platform.reference;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "measure_department")
public class MeasureDepartment extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @MapsId("measureNumber")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_number")
    public Measure measure;

    @MapsId("departmentCode")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_code")
    public Department department;

    /** LEAD (牵头) or COOPERATING (配合). */
    public String role;

    public int position;

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "measure_number")
        public int measureNumber;

        @Column(name = "department_code")
        public String departmentCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.measureNumber == measureNumber
                    && Objects.equals(key.departmentCode, departmentCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(measureNumber, departmentCode);
        }
    }
}
