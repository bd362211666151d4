package org.filiere.integration.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.filiere.access.Actor;
import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.persistence.FiliereContainer;

/** Test catalogues copied out of the test resources, and what tests read back. */
public final class Catalogues {

    public static final Actor STAFF = Actor.staff("claire-martin", "Claire Martin");

    private Catalogues() {
    }

    /** Copies a catalogue of {@code src/test/resources/catalogues} into a folder. */
    public static Path copy(String resource, Path folder) {
        try (InputStream in = Catalogues.class.getResourceAsStream("/catalogues/" + resource)) {
            Path target = folder.resolve(resource);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a catalogue given as text. */
    public static Path write(Path folder, String name, String content) {
        try {
            return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<DeadLetter> deadLetters(FiliereContainer filiere) {
        return filiere.get(DeadLetterService.class).list(STAFF, Optional.empty());
    }
}
