package org.filiere.access;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.filiere.kernel.InvalidFieldException;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void shouldRefuseAnActorWithoutAName() {
        assertThatThrownBy(() -> Actor.staff("s.martin", " ")).isInstanceOf(InvalidFieldException.class)
                .hasMessage("An actor: its name is missing");
    }

    @Test
    void shouldRefuseAnIdWithSpaces() {
        assertThatThrownBy(() -> ActorId.of("s martin")).isInstanceOf(InvalidFieldException.class)
                .hasMessage("An actor: its id must be 1 to 100 characters without spaces, not \"s martin\"");
    }
}
