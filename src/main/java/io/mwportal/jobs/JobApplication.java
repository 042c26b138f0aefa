package io.mwportal.jobs;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A worker's application to a vacancy (once per worker and vacancy). */
@Entity
@Table(name = "job_application")
public class JobApplication extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "vacancy_id")
    public long vacancyId;

    @Column(name = "worker_subject")
    public String workerSubject;

    @Column(name = "worker_name")
    public String workerName;

    public String phone;

    public String message;

    @Column(name = "created_at")
    public Instant createdAt;
}
