package org.filiere.reporting;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.filiere.report.Unit;

/**
 * How a figure's number is written for people in the report's language: grouped thousands, the unit's decimals,
 * the unit's sign, and a dash when there is no value. Thousands are grouped with a no-break space that every PDF
 * font has (not the narrow one the JDK uses for French).
 */
final class FigureFormat {

    static final String NONE = "—";

    private final Locale locale;
    private final ResourceBundle texts;

    FigureFormat(Locale locale, ResourceBundle texts) {
        this.locale = locale;
        this.texts = texts;
    }

    /** The value with its unit, or a dash. */
    String value(Optional<BigDecimal> value, Unit unit) {
        return value.map(v -> number(v, unit) + suffix(unit)).orElse(NONE);
    }

    /** The change with its sign: points for a percentage. */
    String change(Optional<BigDecimal> change, Unit unit) {
        if (change.isEmpty()) {
            return NONE;
        }
        BigDecimal c = change.get();
        String sign = c.signum() > 0 ? "+" : c.signum() < 0 ? "-" : "";
        String suffix = unit == Unit.PERCENT ? "\u00a0" + texts.getString("unit.points") : suffix(unit);
        return sign + number(c.abs(), unit) + suffix;
    }

    /** The number alone, grouped, with the unit's decimals. */
    String number(BigDecimal value, Unit unit) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(unit.scale());
        format.setMaximumFractionDigits(unit.scale());
        return format.format(value).replace('\u202f', '\u00a0');
    }

    private String suffix(Unit unit) {
        String sign = texts.getString("unit." + unit.name());
        return sign.isEmpty() ? "" : (sign.startsWith("/") ? sign : "\u00a0" + sign);
    }
}
