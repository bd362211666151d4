package org.filiere.demo.training;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.filiere.access.Actor;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.TourStep;
import org.filiere.member.MemberId;
import org.filiere.member.MemberQuery;
import org.filiere.member.MembershipStatus;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MemberView;
import org.filiere.training.Attendance;
import org.filiere.training.Course.CourseDescription;
import org.filiere.training.CourseId;
import org.filiere.training.NsfCode;
import org.filiere.training.Participant;
import org.filiere.training.Prices;
import org.filiere.training.RegistrationId;
import org.filiere.training.RegistrationRules;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.Satisfaction;
import org.filiere.training.Schedule;
import org.filiere.training.SessionId;
import org.filiere.training.SessionPlan;
import org.filiere.training.SessionQuery;
import org.filiere.training.SessionStatus;
import org.filiere.training.Speaker;
import org.filiere.training.TrainingFigures;
import org.filiere.training.Provider;
import org.filiere.training.Venue;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.RegistrationOutcome;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.SessionView;
import org.filiere.training.application.TrainingCommands.AddCourse;
import org.filiere.training.application.TrainingCommands.CancelRegistration;
import org.filiere.training.application.TrainingCommands.CancelSession;
import org.filiere.training.application.TrainingCommands.RecordAttendance;
import org.filiere.training.application.TrainingCommands.RecordSatisfaction;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingCommands.ScheduleSession;
import org.filiere.training.application.TrainingDirectory;

/**
 * A year of training: ten courses, two sessions a month (none in August) held at members' premises or at the
 * association, with speakers from members and outside experts; members' staff register, some cancel and free
 * their seat for the waitlist, most come and say how satisfied they were. Last year and this year to date are
 * replayed on the {@link ReplayClock}; the sessions of the coming three months are open for registration.
 */
public class TrainingTour implements TourStep {

    /**
     * A course of the demo catalogue.
     *
     * @param title      title
     * @param objectives objectives
     * @param hours      duration
     * @param nsf        NSF speciality code
     * @param outside    index of the outside training organisation delivering it, or -1 for the association
     * @param members    price for members' staff
     * @param others     price for others
     */
    private record Offer(String title, String objectives, String hours, String nsf, int outside, String members,
            String others) {
    }

    private static final List<Offer> CATALOGUE = List.of(
            new Offer("Cybersécurité : protéger sa PME", "Évaluer son exposition, mettre en place sauvegardes et "
                    + "authentification forte, sensibiliser ses équipes à l'hameçonnage.", "7", "326n", -1, "150",
                    "390"),
            new Offer("RGPD en pratique pour les éditeurs de logiciels", "Tenir son registre des traitements, "
                    + "rédiger ses clauses de sous-traitance, répondre à une demande d'accès.", "7", "128", 0, "450",
                    "690"),
            new Offer("IA générative : usages et limites en entreprise", "Choisir ses cas d'usage, maîtriser les "
                    + "risques de confidentialité et de propriété intellectuelle.", "3.5", "326", -1, "0", "120"),
            new Offer("Prospecter avec la Charte des Bonnes Pratiques", "Construire une prospection loyale et la faire "
                    + "valoir auprès de ses clients.", "3.5", "312", -1, "0", "90"),
            new Offer("Répondre aux appels d'offres publics", "Lire un DCE, construire un mémoire technique, "
                    + "se grouper avec d'autres adhérents.", "7", "312", -1, "120", "350"),
            new Offer("Management agile d'équipes techniques", "Animer une équipe pluridisciplinaire, prioriser, "
                    + "mesurer sans démotiver.", "14", "310", 1, "690", "990"),
            new Offer("Éco-conception de services numériques", "Mesurer l'empreinte d'un service et la réduire dès "
                    + "la conception.", "7", "326t", -1, "150", "390"),
            new Offer("Recruter et fidéliser des profils tech", "Écrire une offre qui attire, mener l'entretien "
                    + "technique, réussir l'intégration.", "3.5", "315", -1, "0", "120"),
            new Offer("Sécuriser ses déploiements cloud", "Identités, réseaux, chiffrement et journalisation sur les "
                    + "principaux clouds publics.", "14", "326n", 2, "790", "1090"),
            new Offer("Financer son innovation : CIR, CII et aides régionales", "Savoir à quoi prétendre, monter un "
                    + "dossier solide, préparer un contrôle.", "3.5", "313", -1, "0", "150"));

    private static final String[] ORGANISATIONS = {"Dauphiné Compétences", "Agilité Alpes Formation",
        "Isère Cloud Academy"};
    private static final String[] FIRST_NAMES = {"Anne", "Paul", "Camille", "Julien", "Sophie", "Nicolas", "Léa",
        "Thomas", "Chloé", "Mathieu", "Emma", "Antoine", "Manon", "Hugo", "Sarah", "Maxime", "Laura", "Romain",
        "Pauline", "Kevin", "Inès", "Lucas", "Marion", "Yann", "Claire", "Mehdi", "Élodie", "Bastien"};
    private static final String[] LAST_NAMES = {"Roux", "Brun", "Faure", "Blanc", "Girard", "Bonnet", "Mercier",
        "Lambert", "Fontaine", "Chevalier", "Morel", "Perrin", "Garnier", "Rousseau", "Vincent", "Masson", "Muller",
        "Henry", "Gauthier", "Dumas", "Arnaud", "Marchand", "Jacquet", "Collet", "Vial", "Rey", "Guillot"};
    private static final String[] GUESTS = {"Julie Morel|ANSSI|Déléguée régionale à la sécurité numérique",
        "Marc Dupont|CCI Grenoble|Conseiller marchés publics",
        "Nadia Bensaïd|Université Grenoble Alpes|Maîtresse de conférences en informatique",
        "Pierre Lemaire|Bpifrance|Chargé d'affaires innovation",
        "Sandrine Viallet|Cabinet Viallet Avocats|Avocate en droit du numérique"};
    private static final String[] EXPERTISE = {"Responsable sécurité des systèmes d'information", "Directeur technique",
        "Responsable juridique", "Directrice des ressources humaines", "Architecte cloud", "Cheffe de produit"};
    private static final Venue ASSOCIATION_ROOM = new Venue("Maison du numérique", "3 parvis Louis Néel", "38000",
            "Grenoble");
    private static final int UPCOMING_DAYS = 90;

    @Override
    public boolean isLoaded(DemoCluster cluster) {
        return !cluster.get(TrainingDirectory.class).courses().isEmpty();
    }

    @Override
    public void populate(DemoCluster cluster, DemoData data) {
        ReplayClock clock = cluster.get(ReplayClock.class);
        try {
            new Replay(cluster, data, clock).run();
        } finally {
            clock.resume();
        }
    }

    /** One replay of the year, with its own memory of who works where. */
    private static final class Replay {

        private final DemoCluster cluster;
        private final DemoData data;
        private final Random random;
        private final ReplayClock clock;
        private final Actor staff;
        private final Instant realNow;
        private final CatalogueService catalogue;
        private final RegistrationService registrations;
        private final Map<Integer, List<MemberView>> membersByYear = new HashMap<>();
        private final Map<MemberId, List<String>> staffOf = new HashMap<>();
        private final List<String> usedNames = new ArrayList<>();

        Replay(DemoCluster cluster, DemoData data, ReplayClock clock) {
            this.cluster = cluster;
            this.data = data;
            this.random = data.random();
            this.clock = clock;
            this.staff = cluster.actor();
            this.realNow = clock.instant();
            this.catalogue = cluster.get(CatalogueService.class);
            this.registrations = cluster.get(RegistrationService.class);
        }

        void run() {
            LocalDate firstDay = LocalDate.of(data.year() - 1, 1, 1);
            clock.replayAt(at(firstDay.minusMonths(2), 9));
            List<CourseId> courses = new ArrayList<>();
            List<Provider> organisations = List.of(organisation(0), organisation(1), organisation(2));
            for (Offer offer : CATALOGUE) {
                Provider provider = offer.outside() < 0 ? Provider.association()
                        : organisations.get(offer.outside());
                courses.add(catalogue.addCourse(new AddCourse(staff, new CourseDescription(offer.title(),
                        offer.objectives(), new BigDecimal(offer.hours()), Optional.empty(),
                        Optional.of(new NsfCode(offer.nsf())), provider))));
            }
            LocalDate lastDay = LocalDate.ofInstant(realNow, Schedule.ZONE).plusDays(UPCOMING_DAYS);
            int n = 0;
            for (LocalDate month = firstDay; !month.isAfter(lastDay); month = month.plusMonths(1)) {
                if (month.getMonth() == Month.AUGUST) {
                    continue;
                }
                for (int half = 0; half < 2; half++) {
                    LocalDate day = weekday(month.plusDays(4 + half * 12 + random.nextInt(6)));
                    if (day.isAfter(lastDay)) {
                        continue;
                    }
                    int index = n++ % CATALOGUE.size();
                    session(courses.get(index), CATALOGUE.get(index), day, n == 7);
                }
            }
        }

        private Provider organisation(int index) {
            return Provider.organisation(data.nextCompany().siret(), ORGANISATIONS[index]);
        }

        private void session(CourseId course, Offer offer, LocalDate day, boolean toBeCancelled) {
            Instant announced = at(day.minusDays(40), 9);
            Instant opening = announced.isAfter(realNow) ? realNow : announced;
            clock.replayAt(opening);
            int capacity = 12 + random.nextInt(9);
            List<MemberView> members = members(Math.min(day.getYear(), data.year()));
            SessionPlan plan = new SessionPlan(schedule(day, offer.hours()), venue(members), speakers(members),
                    Prices.euros(offer.members(), offer.others()), day.minusDays(3));
            SessionId id = catalogue.schedule(new ScheduleSession(staff, course, plan, capacity, true));

            Instant deadline = at(day.minusDays(3), 18);
            int demand = (int) Math.round(capacity * (0.55 + random.nextDouble() * 0.8));
            List<RegistrationId> seated = new ArrayList<>();
            Set<String> registered = new HashSet<>();
            long span = Duration.between(opening, deadline).toMinutes();
            // Each registration still locks the session and sees the ones before it; they only commit together.
            cluster.inOneTransaction(() -> {
                for (int k = 0; k < demand; k++) {
                    Instant moment = opening.plus(Duration.ofMinutes(span * (k + 1) / (demand + 1)));
                    if (moment.isAfter(realNow)) {
                        break;
                    }
                    clock.replayAt(moment);
                    Participant who = participant(members);
                    if (!registered.add(who.personKey())) {
                        continue;
                    }
                    RegistrationOutcome outcome = registrations.register(new Register(staff, id, who));
                    if (outcome.status() == RegistrationStatus.CONFIRMED) {
                        seated.add(outcome.registrationId());
                    }
                }
            });
            Instant lastChance = at(day.minusDays(4), 11);
            if (toBeCancelled && lastChance.isBefore(realNow)) {
                clock.replayAt(lastChance);
                catalogue.cancel(new CancelSession(staff, id, "intervenant indisponible"));
                return;
            }
            if (lastChance.isBefore(realNow)) {
                clock.replayAt(lastChance);
                for (RegistrationId r : List.copyOf(seated)) {
                    if (random.nextInt(100) < 8) {
                        registrations.cancel(new CancelRegistration(staff, id, r));
                    }
                }
            }
            Instant dayAfter = at(day.plusDays(2), 10);
            if (dayAfter.isBefore(realNow)) {
                clock.replayAt(dayAfter);
                recordAttendance(id);
            }
        }

        private void recordAttendance(SessionId id) {
            TrainingDirectory directory = cluster.get(TrainingDirectory.class);
            Map<RegistrationId, Attendance> marks = new HashMap<>();
            directory.registrations(staff, id).stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                    .forEach(r -> marks.put(r.id(), random.nextInt(100) < 90 ? Attendance.PRESENT : Attendance.ABSENT));
            cluster.inOneTransaction(() -> {
                registrations.recordAttendance(new RecordAttendance(staff, id, marks));
                marks.forEach((registration, attendance) -> {
                    if (attendance == Attendance.PRESENT && random.nextInt(100) < 80) {
                        int draw = random.nextInt(100);
                        int score = draw < 45 ? 5 : draw < 85 ? 4 : draw < 97 ? 3 : 2;
                        registrations.recordSatisfaction(new RecordSatisfaction(staff, id, registration,
                                new Satisfaction(score, score >= 4 ? "" : "Trop dense pour la durée")));
                    }
                });
            });
        }

        private List<MemberView> members(int year) {
            return membersByYear.computeIfAbsent(year, y -> cluster.get(MemberDirectory.class).find(MemberQuery.all()
                    .inYear(y).withStatus(MembershipStatus.ADMITTED, MembershipStatus.ACTIVE)));
        }

        private Venue venue(List<MemberView> members) {
            if (members.isEmpty() || random.nextInt(100) < 40) {
                return ASSOCIATION_ROOM;
            }
            MemberView host = members.get(random.nextInt(members.size()));
            return new Venue(host.name(), host.address().street(), host.address().postcode(),
                    host.address().commune());
        }

        private List<Speaker> speakers(List<MemberView> members) {
            List<Speaker> speakers = new ArrayList<>();
            int count = random.nextInt(100) < 30 ? 2 : 1;
            for (int i = 0; i < count; i++) {
                if (!members.isEmpty() && random.nextInt(100) < 60) {
                    MemberView employer = members.get(random.nextInt(members.size()));
                    speakers.add(Speaker.employeeOf(employer.id(), personAt(employer), employer.name(),
                            EXPERTISE[random.nextInt(EXPERTISE.length)] + " chez " + employer.name()));
                } else {
                    String[] guest = GUESTS[random.nextInt(GUESTS.length)].split("\\|");
                    if (speakers.stream().noneMatch(s -> s.name().equals(guest[0]))) {
                        speakers.add(Speaker.guest(guest[0], guest[1], guest[2]));
                    }
                }
            }
            return speakers;
        }

        private Participant participant(List<MemberView> members) {
            if (members.isEmpty() || random.nextInt(100) < 15) {
                String name = newName();
                return Participant.outsider(name, email(name, "independant"), "Indépendant");
            }
            MemberView employer = members.get(random.nextInt(members.size()));
            String name = personAt(employer);
            return Participant.employeeOf(employer.id(), name, email(name, employer.name()), employer.name());
        }

        /** One of the member's few people who take part in the association's work. */
        private String personAt(MemberView member) {
            List<String> people = staffOf.computeIfAbsent(member.id(), m -> new ArrayList<>());
            if (people.size() < 1 + random.nextInt(3)) {
                people.add(newName());
            }
            return people.get(random.nextInt(people.size()));
        }

        private String newName() {
            String name;
            do {
                name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                        + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            } while (usedNames.contains(name) && usedNames.size() < FIRST_NAMES.length * LAST_NAMES.length / 2);
            usedNames.add(name);
            return name;
        }

        private static String email(String name, String organisation) {
            return slug(name).replace('-', '.') + "@" + slug(organisation.replaceAll(" (SAS|SARL|SA|SASU)$", ""))
                    + ".example";
        }

        private static String slug(String text) {
            return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }

        private static LocalDate weekday(LocalDate day) {
            LocalDate d = day;
            while (d.getDayOfWeek() != DayOfWeek.TUESDAY && d.getDayOfWeek() != DayOfWeek.THURSDAY) {
                d = d.plusDays(1);
            }
            return d;
        }

        private static Schedule schedule(LocalDate day, String hours) {
            return switch (hours) {
                case "3.5" -> Schedule.on(day, 9, 0, 12, 30);
                case "14" -> new Schedule(day.atTime(9, 0), day.plusDays(1).atTime(17, 0));
                default -> Schedule.on(day, 9, 0, 17, 0);
            };
        }

        private static Instant at(LocalDate day, int hour) {
            return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(Schedule.ZONE).toInstant();
        }
    }

    @Override
    public void report(DemoCluster cluster, PrintStream out) {
        TrainingDirectory directory = cluster.get(TrainingDirectory.class);
        int year = cluster.currentYear();
        print(out, directory.figures(year - 1), "");
        print(out, directory.figures(year), " to date");
        List<SessionView> open = directory.sessions(SessionQuery.all()
                .withStatus(SessionStatus.OPEN, SessionStatus.FULL).startingFrom(cluster.today().atStartOfDay()));
        out.printf("  open for registration: %d session(s)", open.size());
        open.stream().findFirst().ifPresent(next -> out.printf(", next \"%s\" on %s in %s (%d seat(s) left)",
                next.courseTitle(), next.plan().schedule().day().format(RegistrationRules.DAY_FORMAT),
                next.plan().venue().commune(), next.seatsLeft()));
        out.println();
    }

    private static void print(PrintStream out, TrainingFigures f, String suffix) {
        String satisfaction = f.averageSatisfaction()
                .map(s -> s.setScale(1, RoundingMode.HALF_UP).toPlainString() + "/5 (" + f.satisfactionAnswers()
                        + " answers)")
                .orElse("not rated yet");
        out.printf("Training in %d%s: %d sessions held, %d trainees (%d attendances), %s trainee hours,"
                + " fill rate %s %%, attendance %s %%, satisfaction %s%n", f.year(), suffix, f.sessionsHeld(),
                f.trainees(), f.attendances(), f.traineeHours().stripTrailingZeros().toPlainString(),
                f.fillRate().toPlainString(), f.attendanceRate().toPlainString(), satisfaction);
    }
}
