package org.filiere.demo.charter;

import java.util.concurrent.Callable;

import org.filiere.charter.application.CertificateVerification;
import org.filiere.charter.application.CharterService;
import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.wiring.CoreProducers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Checks a charter certificate code, as a member's prospect would. */
@Command(name = "verify-certificate", description = "Check a charter certificate code.")
public class VerifyCertificateCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Parameters(paramLabel = "CODE", description = "The certificate code, such as 7K3M-Q9XZ-4.")
    String code;

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            CertificateVerification v = cluster.get(CharterService.class).verify(code);
            demo.out().printf("Certificate %s: %s%n", v.code(), v.outcome().meaning());
            v.memberName().ifPresent(n -> demo.out().printf("  member     %s (SIREN %s)%n", n, v.siren().orElse("")));
            v.charterVersion().ifPresent(n -> demo.out().printf("  charter    version %d, signed by %s on %s%n", n,
                    v.signatory().orElse(""), v.signedAt().map(at -> at.atZone(CoreProducers.ASSOCIATION_ZONE).toLocalDate())
                            .map(Object::toString).orElse("")));
            return v.isValid() ? 0 : 3;
        }
    }
}
