package org.filiere.demo.charter;

import java.util.concurrent.Callable;

import org.filiere.charter.CertificateCode;
import org.filiere.charter.application.CharterService;
import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoConverters.MemberIdConverter;
import org.filiere.member.MemberId;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Records a member's signature of the charter in force and prints its certificate code. */
@Command(name = "sign-charter", description = "Sign the charter in force for a member; prints the certificate code.")
public class SignCharterCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Parameters(paramLabel = "SIREN", converter = MemberIdConverter.class, description = "The member's SIREN.")
    MemberId id;

    @Option(names = "--signatory", required = true, description = "Who signs for the member.")
    String signatory;

    @Option(names = "--role", defaultValue = "", description = "The signatory's role.")
    String role;

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            CertificateCode code = cluster.get(CharterService.class).sign(cluster.actor(), id, signatory, role);
            demo.out().printf("Signed. Certificate code: %s%n", code.formatted());
        }
        return 0;
    }
}
