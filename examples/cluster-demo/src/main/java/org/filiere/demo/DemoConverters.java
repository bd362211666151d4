package org.filiere.demo;

import org.filiere.member.InvalidIdentifierException;
import org.filiere.member.MemberId;
import org.filiere.member.NafCode;
import org.filiere.member.Siret;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the association's identifiers from the command line, refusing bad ones with the library's message. */
public final class DemoConverters {

    private DemoConverters() {
    }

    /** A SIREN, as a member id. */
    public static final class MemberIdConverter implements ITypeConverter<MemberId> {
        @Override
        public MemberId convert(String value) {
            try {
                return MemberId.of(value);
            } catch (InvalidIdentifierException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A SIRET. */
    public static final class SiretConverter implements ITypeConverter<Siret> {
        @Override
        public Siret convert(String value) {
            try {
                return Siret.parse(value);
            } catch (InvalidIdentifierException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A NAF code in its written form; whether it exists is checked by the library. */
    public static final class NafCodeConverter implements ITypeConverter<NafCode> {
        @Override
        public NafCode convert(String value) {
            try {
                return NafCode.parse(value);
            } catch (InvalidIdentifierException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
