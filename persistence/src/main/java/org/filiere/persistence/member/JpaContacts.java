package org.filiere.persistence.member;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.member.ContactId;
import org.filiere.member.ContactPerson;
import org.filiere.member.Contacts;
import org.filiere.member.MemberId;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;

/** Contact persons in the library's database. */
@ApplicationScoped
public class JpaContacts implements Contacts {

    private final Transactions transactions;

    @Inject
    public JpaContacts(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaContacts() {
        this(null);
    }

    @Override
    public Optional<ContactPerson> find(ContactId id) {
        return Optional.ofNullable(em().find(ContactEntity.class, id.toString())).map(JpaContacts::toDomain);
    }

    @Override
    public List<ContactPerson> ofMember(MemberId memberId) {
        return em().createQuery("SELECT c FROM ContactEntity c WHERE c.siren = :siren ORDER BY c.name, c.id",
                ContactEntity.class).setParameter("siren", memberId.value()).getResultStream()
                .map(JpaContacts::toDomain).toList();
    }

    @Override
    public List<ContactPerson> withEmail(String email) {
        return em().createQuery("SELECT c FROM ContactEntity c WHERE LOWER(c.email) = :email ORDER BY c.name, c.id",
                ContactEntity.class).setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream().map(JpaContacts::toDomain).toList();
    }

    @Override
    public void save(ContactPerson contact) {
        EntityManager em = em();
        ContactEntity row = em.find(ContactEntity.class, contact.id().toString());
        if (row == null) {
            row = new ContactEntity();
            row.id = contact.id().toString();
            copy(contact, row);
            em.persist(row);
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, contact.version());
        copy(contact, row);
    }

    @Override
    public boolean erase(ContactId id) {
        EntityManager em = em();
        ContactEntity row = em.find(ContactEntity.class, id.toString());
        if (row == null) {
            return false;
        }
        em.remove(row);
        em.flush();
        return true;
    }

    private static void copy(ContactPerson c, ContactEntity row) {
        row.siren = c.memberId().value();
        row.name = c.name();
        row.role = c.role();
        row.email = c.email();
        row.phone = c.phone();
    }

    private static ContactPerson toDomain(ContactEntity e) {
        return new ContactPerson(ContactId.of(e.id), MemberId.of(e.siren), e.name, e.role, e.email, e.phone, e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
