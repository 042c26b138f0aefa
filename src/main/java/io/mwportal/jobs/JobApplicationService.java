package io.mwportal.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import io.mwportal.jobs.JobViews.ApplicationRequest;
import io.mwportal.jobs.JobViews.ApplicationView;
import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.CurrentUser;

/** Workers apply to open vacancies once each; the vacancy's job centre sees the applications with the phone. */
@ApplicationScoped
public class JobApplicationService {

    @Inject
    CurrentUser user;

    @Inject
    VacancyService vacancies;

    @Inject
    Clock clock;

    @Inject
    JobEvents events;

    @Transactional
    public ApplicationView apply(long vacancyId, ApplicationRequest request) {
        Vacancy vacancy = Vacancy.<Vacancy>findByIdOptional(vacancyId).orElseThrow(ProblemException::notFound);
        if (vacancy.status != Vacancy.Status.PUBLISHED) {
            throw ProblemException.notFound();
        }
        if (vacancy.validThrough.isBefore(PortalTime.today(clock))) {
            throw new ProblemException(409, "VACANCY_EXPIRED", vacancy.validThrough.toString());
        }
        JobApplication application = new JobApplication();
        application.vacancyId = vacancyId;
        application.workerSubject = user.subject();
        application.workerName = user.username();
        application.phone = request.phone();
        application.message = request.message();
        application.createdAt = Instant.now(clock);
        try {
            application.persistAndFlush();
        } catch (ConstraintViolationException e) {
            throw new ProblemException(409, "ALREADY_APPLIED");
        }
        events.applicationReceived(application, vacancy);
        return view(application, vacancy);
    }

    /** A vacancy's applications, for its own job centre only (404 for another centre's vacancy). */
    public Page<ApplicationView> forVacancy(long vacancyId, PageRequest page) {
        Vacancy vacancy = vacancies.own(vacancyId);
        return Page.of(JobApplication.<JobApplication>find("vacancyId = ?1 order by createdAt desc, id desc", vacancyId),
                page, a -> view(a, vacancy), true);
    }

    public Page<ApplicationView> mine(PageRequest page) {
        return Page.ofAll(JobApplication.<JobApplication>find("workerSubject = ?1 order by createdAt desc, id desc",
                user.subject()), page, JobApplicationService::views, true);
    }

    /** Views of a page of applications, their vacancies read in one query. */
    private static List<ApplicationView> views(List<JobApplication> applications) {
        Set<Long> ids = applications.stream().map(a -> a.vacancyId).collect(Collectors.toSet());
        Map<Long, Vacancy> vacancies = ids.isEmpty() ? Map.of() : Vacancy.<Vacancy>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(v -> v.id, Function.identity()));
        return applications.stream().map(a -> view(a, vacancies.get(a.vacancyId))).toList();
    }

    private static ApplicationView view(JobApplication a, Vacancy vacancy) {
        return new ApplicationView(a.id, a.vacancyId, vacancy.title, a.workerName, a.phone, a.message, a.createdAt);
    }
}
