package org.filiere.demo.event;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.filiere.access.Actor;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.TourStep;
import org.filiere.demo.training.ReplayClock;
import org.filiere.event.EventDetails;
import org.filiere.event.EventId;
import org.filiere.event.EventKind;
import org.filiere.event.EventQuery;
import org.filiere.event.EventStatus;
import org.filiere.event.EventYearFigures;
import org.filiere.event.application.EventCommands.CancelEventRegistration;
import org.filiere.event.application.EventCommands.CheckIn;
import org.filiere.event.application.EventCommands.MarkEventHeld;
import org.filiere.event.application.EventCommands.PlanEvent;
import org.filiere.event.application.EventCommands.PublishEvent;
import org.filiere.event.application.EventCommands.RecordEventFeedback;
import org.filiere.event.application.EventCommands.RegisterForEvent;
import org.filiere.event.application.EventDirectory;
import org.filiere.event.application.EventRegistrationOutcome;
import org.filiere.event.application.EventService;
import org.filiere.event.application.EventView;
import org.filiere.member.MemberQuery;
import org.filiere.member.MembershipStatus;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MemberView;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerOrganisation;
import org.filiere.programme.application.PartnerService;
import org.filiere.speedmeeting.Layout;
import org.filiere.speedmeeting.MeetingId;
import org.filiere.speedmeeting.ParticipantId;
import org.filiere.speedmeeting.RequestStatus;
import org.filiere.speedmeeting.Slot;
import org.filiere.speedmeeting.SpeedMeetingFigures;
import org.filiere.speedmeeting.SpeedParticipant;
import org.filiere.speedmeeting.Suggestion;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.AcceptMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.DeclineMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.JoinSpeedMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.LeaveSpeedMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.LockMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.OpenSpeedMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.RequestMeeting;
import org.filiere.speedmeeting.application.SpeedMeetingCommands.ScheduleMeetings;
import org.filiere.speedmeeting.application.SpeedMeetingDirectory;
import org.filiere.speedmeeting.application.SpeedMeetingService;
import org.filiere.training.Participant;
import org.filiere.training.Prices;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.Satisfaction;
import org.filiere.training.Schedule;
import org.filiere.training.Venue;

/**
 * Two events of the past weeks, replayed on the {@link ReplayClock}: a thematic meeting on cybersecurity at a
 * member's premises, co-organised with a partner (registrations, a cancellation freeing a seat for the waitlist,
 * check-in, no-shows, feedback), and an afternoon of business speed-meetings (participants with their offers and
 * wants, requests guided by the suggestions, answers, requests left to expire, a locked meeting, the timetable, a
 * participant leaving after publication, check-in). The report prints the year's event figures, the speed-meeting's
 * figures and one participant's agenda.
 */
public class EventTour implements TourStep {

    private static final String THEMATIC_TITLE = "Them@ Cybersécurité : se protéger des rançongiciels";
    private static final String SPEED_TITLE = "Tic Exchange : rendez-vous d'affaires du numérique";
    private static final String[][] OFFERS = {
        {"logiciel", "Édition de logiciels de gestion pour PME industrielles", "Intégrateurs et revendeurs en Isère"},
        {"cybersécurité", "Audits de sécurité, tests d'intrusion et sensibilisation des équipes",
            "PME industrielles à sécuriser"},
        {"cloud", "Hébergement cloud souverain et infogérance", "Éditeurs de logiciels à héberger"},
        {"conseil", "Intégration et revente de logiciels de gestion", "Éditeurs de logiciels de gestion"},
        {"électronique", "Conception de cartes électroniques et objets connectés",
            "Développement de logiciels embarqués et cybersécurité des objets connectés"},
        {"embarqué", "Développement de logiciels embarqués", "Fabricants de cartes électroniques"},
        {"données", "Science des données et intelligence artificielle appliquée",
            "Industriels avec des données de production"},
        {"industrie", "Fabrication mécanique de précision, données de production",
            "Intelligence artificielle pour la maintenance prédictive"},
        {"formation", "Formation aux métiers du numérique et recrutement", "Entreprises qui recrutent des profils tech"},
        {"design", "Design d'interfaces et expérience utilisateur", "Éditeurs de logiciels à rendre plus simples"},
    };
    private static final String[] FIRST = {"Anne", "Paul", "Camille", "Julien", "Sophie", "Nicolas", "Léa", "Thomas",
        "Chloé", "Mathieu", "Emma", "Antoine", "Manon", "Hugo", "Sarah", "Maxime", "Inès", "Lucas", "Marion", "Yann"};
    private static final String[] LAST = {"Arnaud", "Barbier", "Bertrand", "Carpentier", "Dufour", "Fleury", "Gay",
        "Huet", "Lacroix", "Leroy", "Marchal", "Noël", "Paris", "Picard", "Renaud", "Royer", "Simon", "Vidal"};

    @Override
    public boolean isLoaded(DemoCluster cluster) {
        return !cluster.get(EventDirectory.class).events(EventQuery.all()).isEmpty();
    }

    @Override
    public void populate(DemoCluster cluster, DemoData data) {
        ReplayClock clock = cluster.get(ReplayClock.class);
        try {
            new Replay(cluster, data.random(), clock).run();
        } finally {
            clock.resume();
        }
    }

    /** One replay of the two events. */
    private static final class Replay {

        private final DemoCluster cluster;
        private final Random random;
        private final ReplayClock clock;
        private final Actor staff;
        private final EventService events;
        private final Set<String> usedNames = new HashSet<>();
        private final LocalDate today;

        Replay(DemoCluster cluster, Random random, ReplayClock clock) {
            this.cluster = cluster;
            this.random = random;
            this.clock = clock;
            this.staff = cluster.actor();
            this.events = cluster.get(EventService.class);
            this.today = cluster.today();
        }

        void run() {
            thematicMeeting(weekday(today.minusDays(45)));
            speedMeeting(weekday(today.minusDays(20)));
        }

        private void thematicMeeting(LocalDate day) {
            List<MemberView> members = members(day.getYear());
            clock.replayAt(at(day.minusDays(35), 9));
            MemberView host = members.isEmpty() ? null : members.get(random.nextInt(members.size()));
            Venue venue = host == null ? new Venue("Maison du numérique", "3 parvis Louis Néel", "38000", "Grenoble")
                    : new Venue(host.name(), host.address().street(), host.address().postcode(),
                            host.address().commune());
            List<PartnerId> partners = cluster.get(PartnerService.class).partners().stream().limit(1)
                    .map(PartnerOrganisation::id).toList();
            EventId id = events.plan(new PlanEvent(staff, new EventDetails(EventKind.THEMATIC_MEETING,
                    THEMATIC_TITLE, "Retours d'expérience de deux adhérents attaqués, les bons réflexes et les aides"
                    + " régionales pour auditer son système d'information.", "cybersécurité", venue,
                    day.atTime(9, 0), day.atTime(12, 30), Prices.euros("0", "40"), "Sophie Garnier", partners), 30));
            events.publish(new PublishEvent(staff, id));
            List<EventRegistrationOutcome> seated = new ArrayList<>();
            int demand = 34;
            for (int k = 0; k < demand; k++) {
                clock.replayAt(at(day.minusDays(34), 9).plus(Duration.ofHours(k * 20L)));
                EventRegistrationOutcome r = events.register(new RegisterForEvent(staff, id, someone(members)));
                if (r.status() == RegistrationStatus.CONFIRMED) {
                    seated.add(r);
                }
            }
            clock.replayAt(at(day.minusDays(3), 10));
            for (int k = 0; k < 3; k++) {
                events.cancelRegistration(new CancelEventRegistration(staff, id, seated.remove(
                        random.nextInt(seated.size())).registration()));
            }
            attendAndHold(id, day, 9, 12);
        }

        private void speedMeeting(LocalDate day) {
            List<MemberView> members = members(day.getYear());
            SpeedMeetingService speedMeetings = cluster.get(SpeedMeetingService.class);
            SpeedMeetingDirectory directory = cluster.get(SpeedMeetingDirectory.class);
            clock.replayAt(at(day.minusDays(30), 9));
            EventId id = events.plan(new PlanEvent(staff, new EventDetails(EventKind.SPEED_MEETING, SPEED_TITLE,
                    "Des rendez-vous de douze minutes entre adhérents et entreprises invitées, pris à l'avance.",
                    "affaires", new Venue("Maison du numérique", "3 parvis Louis Néel", "38000", "Grenoble"),
                    day.atTime(14, 0), day.atTime(18, 30), Prices.euros("0", "30"), "Julien Morel", List.of()), 40));
            events.publish(new PublishEvent(staff, id));
            speedMeetings.open(new OpenSpeedMeeting(staff, id, new Layout(day.atTime(14, 15), 10, 12, 3, 5, 15, 12),
                    false));
            List<ParticipantId> participants = new ArrayList<>();
            List<ParticipantId> absentFirstRound = new ArrayList<>();
            List<EventRegistrationOutcome> registrations = new ArrayList<>();
            for (int k = 0; k < 30; k++) {
                clock.replayAt(at(day.minusDays(28), 9).plus(Duration.ofHours(k * 6L)));
                EventRegistrationOutcome r = events.register(new RegisterForEvent(staff, id, someone(members)));
                registrations.add(r);
                String[] profile = OFFERS[k % OFFERS.length];
                Set<Integer> availability = switch (k % 10) {
                    case 3 -> rounds(3, 10);
                    case 7 -> rounds(1, 7);
                    default -> Set.of();
                };
                ParticipantId joined = speedMeetings.join(new JoinSpeedMeeting(staff, id, r.registration(), profile[0],
                        profile[1], profile[2], availability));
                participants.add(joined);
                if (!availability.isEmpty() && !availability.contains(1)) {
                    absentFirstRound.add(joined);
                }
            }
            clock.replayAt(at(day.minusDays(14), 9));
            List<MeetingId> asked = new ArrayList<>();
            List<Set<ParticipantId>> requested = new ArrayList<>(directory.requests(id).stream()
                    .map(r -> Set.of(r.from(), r.to())).toList());
            for (ParticipantId from : participants) {
                List<ParticipantId> wanted = new ArrayList<>(directory.suggestions(id, from, 3).stream()
                        .map(Suggestion::participant).toList());
                while (wanted.size() < 4) {
                    ParticipantId other = participants.get(random.nextInt(participants.size()));
                    if (!other.equals(from) && !wanted.contains(other)) {
                        wanted.add(other);
                    }
                }
                for (ParticipantId to : wanted) {
                    if (!requested.contains(Set.of(from, to))) {
                        asked.add(speedMeetings.request(new RequestMeeting(staff, id, from, to,
                                "Bonjour, je serais ravi d'échanger avec vous lors du Tic Exchange.")));
                        requested.add(Set.of(from, to));
                    }
                }
            }
            clock.replayAt(at(day.minusDays(13), 11));
            cluster.inOneTransaction(() -> {
                for (MeetingId m : asked) {
                    int draw = random.nextInt(100);
                    if (draw < 78) {
                        speedMeetings.accept(new AcceptMeeting(staff, id, m));
                    } else if (draw < 90) {
                        speedMeetings.decline(new DeclineMeeting(staff, id, m));
                    }
                }
            });
            clock.replayAt(at(day.minusDays(5), 9));
            speedMeetings.expireOverdue(id);
            ParticipantId leaving = participants.get(participants.size() - 1);
            directory.requests(id).stream().filter(r -> r.status() == RequestStatus.ACCEPTED && !r.involves(leaving)
                    && absentFirstRound.stream().noneMatch(r::involves)).findFirst().ifPresent(r -> speedMeetings.lock(new LockMeeting(staff, id, r.id(), new Slot(1, 1))));
            clock.replayAt(at(day.minusDays(2), 9));
            speedMeetings.schedule(new ScheduleMeetings(staff, id));
            clock.replayAt(at(day.minusDays(1), 17));
            speedMeetings.leave(new LeaveSpeedMeeting(staff, id, leaving));
            events.cancelRegistration(new CancelEventRegistration(staff, id,
                    registrations.get(registrations.size() - 1).registration()));
            attendAndHold(id, day, 14, 18);
        }

        /** Checks in most people with a seat on the day, marks the event held and records some feedback. */
        private void attendAndHold(EventId id, LocalDate day, int fromHour, int toHour) {
            EventDirectory directory = cluster.get(EventDirectory.class);
            clock.replayAt(at(day, fromHour).minus(Duration.ofMinutes(20)));
            List<org.filiere.event.EventRegistrationId> present = new ArrayList<>();
            cluster.inOneTransaction(() -> directory.registrations(staff, id).stream()
                    .filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                    .forEach(r -> {
                        if (random.nextInt(100) < 88) {
                            events.checkIn(new CheckIn(staff, id, r.id()));
                            present.add(r.id());
                        }
                    }));
            clock.replayAt(at(day, toHour).plus(Duration.ofMinutes(40)));
            events.markHeld(new MarkEventHeld(staff, id));
            cluster.inOneTransaction(() -> {
                for (org.filiere.event.EventRegistrationId r : present) {
                    if (random.nextInt(100) < 70) {
                        int draw = random.nextInt(100);
                        int score = draw < 50 ? 5 : draw < 88 ? 4 : draw < 97 ? 3 : 2;
                        events.recordFeedback(new RecordEventFeedback(staff, id, r, new Satisfaction(score,
                                score >= 4 ? "Très utile" : "Un peu court")));
                    }
                }
            });
        }

        private List<MemberView> members(int year) {
            return cluster.get(MemberDirectory.class).find(MemberQuery.all().inYear(year)
                    .withStatus(MembershipStatus.ADMITTED, MembershipStatus.ACTIVE));
        }

        private Participant someone(List<MemberView> members) {
            String name;
            do {
                name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            } while (!usedNames.add(name));
            if (members.isEmpty() || random.nextInt(100) < 25) {
                String company = LAST[random.nextInt(LAST.length)] + " Conseil";
                return Participant.outsider(name, email(name, company), company);
            }
            MemberView employer = members.get(random.nextInt(members.size()));
            return Participant.employeeOf(employer.id(), name, email(name, employer.name()), employer.name());
        }

        private static Set<Integer> rounds(int from, int to) {
            Set<Integer> rounds = new TreeSet<>();
            for (int r = from; r <= to; r++) {
                rounds.add(r);
            }
            return rounds;
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
            while (d.getDayOfWeek() != DayOfWeek.THURSDAY) {
                d = d.plusDays(1);
            }
            return d;
        }

        private static Instant at(LocalDate day, int hour) {
            return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(Schedule.ZONE).toInstant();
        }
    }

    @Override
    public void report(DemoCluster cluster, PrintStream out) {
        EventDirectory directory = cluster.get(EventDirectory.class);
        List<EventView> held = directory.events(EventQuery.all().withStatus(EventStatus.HELD));
        new TreeSet<>(held.stream().map(e -> e.details().start().getYear()).toList())
                .forEach(year -> print(out, directory.yearFigures(year)));
        SpeedMeetingDirectory speedMeetings = cluster.get(SpeedMeetingDirectory.class);
        held.stream().filter(e -> e.details().kind() == EventKind.SPEED_MEETING).reduce((a, b) -> b).ifPresent(e -> {
            SpeedMeetingFigures f = speedMeetings.figures(e.id());
            out.printf("Speed-meeting \"%s\" of %s: %d participants, %d requests (%d accepted, %d declined, %d"
                    + " expired, %d withdrawn), %d meetings placed in %d rounds, %d held%n", e.details().title(),
                    e.details().start().toLocalDate(), speedMeetings.participants(e.id()).size(), f.requested(),
                    f.accepted(), f.declined(), f.expired(), f.withdrawn(), f.placed(), f.roundsUsed(), f.held());
            speedMeetings.participants(e.id()).stream()
                    .max(Comparator.comparingInt(p -> speedMeetings.agenda(e.id(), p.id()).items().size()))
                    .map(SpeedParticipant::id)
                    .ifPresent(p -> out.print(speedMeetings.agendaText(e.id(), p).indent(2)));
        });
    }

    private static void print(PrintStream out, EventYearFigures f) {
        out.printf("Events in %d: %d held (%d thematic meeting(s), %d speed-meeting(s)), %d registrants (%d members,"
                + " %d others), attendance %s %%, satisfaction %s%n", f.year(), f.totalHeld(),
                f.heldOf(EventKind.THEMATIC_MEETING), f.heldOf(EventKind.SPEED_MEETING), f.registrants(),
                f.memberRegistrants(), f.nonMemberRegistrants(), f.attendanceRate().toPlainString(),
                f.averageSatisfaction().map(s -> s.setScale(1, RoundingMode.HALF_UP).toPlainString() + "/5 ("
                        + f.feedbackAnswers() + " answers)").orElse("not rated yet"));
    }
}
