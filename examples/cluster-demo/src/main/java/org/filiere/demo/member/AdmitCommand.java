package org.filiere.demo.member;

import java.math.BigDecimal;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoConverters.NafCodeConverter;
import org.filiere.demo.DemoConverters.SiretConverter;
import org.filiere.member.Address;
import org.filiere.member.Dues;
import org.filiere.member.MemberId;
import org.filiere.member.NafCode;
import org.filiere.member.Siret;
import org.filiere.member.SizeBand;
import org.filiere.member.application.ApplyForMembership;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Records a company's application and admits it for the year. */
@Command(name = "admit", description = "Admit a new member (its application and admission).")
public class AdmitCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Option(names = "--siret", required = true, converter = SiretConverter.class, description = "Head office SIRET.")
    Siret siret;

    @Option(names = "--name", required = true, description = "Company name.")
    String name;

    @Option(names = "--naf", required = true, converter = NafCodeConverter.class, description = "NAF code, e.g. 62.01Z.")
    NafCode naf;

    @Option(names = "--street", defaultValue = "", description = "Street.")
    String street;

    @Option(names = "--postcode", required = true, description = "Postcode.")
    String postcode;

    @Option(names = "--commune", required = true, description = "Commune name.")
    String commune;

    @Option(names = "--insee", required = true, description = "INSEE code of the commune.")
    String insee;

    @Option(names = "--employees", defaultValue = "1", description = "Number of employees.")
    int employees;

    @Option(names = "--dues", defaultValue = "450", description = "Yearly dues in euros.")
    BigDecimal dues;

    @Option(names = "--year", description = "Membership year (default: this year).")
    Integer year;

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            int y = year == null ? cluster.currentYear() : year;
            MembershipService service = cluster.get(MembershipService.class);
            MemberId id = service.apply(new ApplyForMembership(cluster.actor(), name, naf,
                    new Address(street, postcode, commune, insee), SizeBand.ofEmployees(employees), siret, y,
                    new Dues(dues)));
            service.admit(new AdmitMember(cluster.actor(), id, y));
            demo.out().printf("Admitted %s (SIREN %s) for %d.%n", name, id.siren().formatted(), y);
        }
        return 0;
    }
}
