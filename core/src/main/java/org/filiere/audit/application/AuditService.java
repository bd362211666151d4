package org.filiere.audit.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.audit.AuditEntry;
import org.filiere.audit.AuditQuery;
import org.filiere.audit.AuditTrail;

/** The audit trail as staff read it: by record, by person, by period. Staff only; there is nothing to change. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class AuditService {

    private final AuditTrail trail;

    @Inject
    public AuditService(AuditTrail trail) {
        this.trail = trail;
    }

    /** For the CDI container's proxies. */
    protected AuditService() {
        this(null);
    }

    /** The entries the query asks for, newest first. */
    public List<AuditEntry> list(Actor actor, AuditQuery query) {
        requireStaff(actor, "read the audit trail");
        return trail.find(query);
    }
}
